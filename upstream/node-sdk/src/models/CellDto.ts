/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CellDto = {
    /**
     * 字段 id
     */
    fieldId: string;
    /**
     * 数据内容
     */
    value: any;
};
