/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ImportMetadataDto = {
    /**
     * 导入的 json 文件地址
     */
    file: string;
};
