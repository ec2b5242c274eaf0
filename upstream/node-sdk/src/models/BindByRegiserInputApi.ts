/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type BindByRegiserInputApi = {
    /**
     * 中间态键
     */
    key: string;
    /**
     * 操作编码
     */
    action: string;
};
