/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取数据对象行信息
 */
export type GetRowDto = {
    /**
     * 功能 id
     */
    modelId?: any;
    /**
     * 行 id
     */
    rowId?: any;
    /**
     * 返回结果中是否使用字段 id 作为 key
     */
    showFieldId?: any;
};
