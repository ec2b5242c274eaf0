/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type AsaAccountDto = {
    /**
     * 所属应用 ID
     */
    appId: string;
    /**
     * 账号 ID
     */
    accountId: string;
    /**
     * 账号信息，一般为包含 "account", "password" key 的键值对
     */
    accountInfo: any;
};
