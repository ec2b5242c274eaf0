/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ArrResourceAuthAction = {
    /**
     * 数组数据资源的 values
     */
    values?: Array<string>;
    /**
     * 数组数据资源的 actions
     */
    actions?: Array<string>;
};
