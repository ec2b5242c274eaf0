/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ImportModelDto = {
    /**
     * 导入的 excel 文件地址
     */
    file: string;
    /**
     * 功能 id
     */
    modelId: string;
};
