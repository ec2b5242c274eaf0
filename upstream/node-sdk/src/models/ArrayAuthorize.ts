/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ArrayAuthorize = {
    /**
     * 数组资源 Value 列表
     */
    values: Array<string>;
    /**
     * 数组资源操作列表
     */
    actions: Array<string>;
};
