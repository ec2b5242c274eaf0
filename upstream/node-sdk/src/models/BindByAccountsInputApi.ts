/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type BindByAccountsInputApi = {
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
    account: string;
};
