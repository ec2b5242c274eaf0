/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type StrAuthorize = {
    /**
     * 字符串资源 Value
     */
    value: string;
    /**
     * 字符串资源操作列表
     */
    actions: Array<string>;
};
