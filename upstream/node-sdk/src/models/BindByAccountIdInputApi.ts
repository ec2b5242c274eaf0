/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type BindByAccountIdInputApi = {
    /**
     * 中间态键
     */
    key: string;
    /**
     * 操作编码
     */
    action: string;
    /**
     * 账号 ID
     */
    accountId: string;
};
