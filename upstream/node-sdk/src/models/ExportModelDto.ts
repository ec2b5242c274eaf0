/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ExportModelDto = {
    /**
     * 导出范围
     */
    idList: Array<string>;
    /**
     * 功能 id
     */
    modelId: string;
};
