/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GetRowBatchDto = {
    /**
     * 行 id 列表
     */
    rowIds: Array<string>;
    /**
     * 功能 id
     */
    modelId: string;
};
