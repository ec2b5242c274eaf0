/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type StrResourceAuthAction = {
    /**
     * 字符串数据资源的 Value
     */
    value?: string;
    /**
     * 字符串数据资源的 actions
     */
    actions?: Array<string>;
};
