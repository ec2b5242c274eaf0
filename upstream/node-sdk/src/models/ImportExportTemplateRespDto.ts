/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ImportExportTemplateRespDto = {
    /**
     * 文件路径地址
     */
    key: string;
    /**
     * 文件地址
     */
    url: string;
};
