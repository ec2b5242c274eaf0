/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CreateAsaAccountsBatchItemDto = {
    /**
     * 账号信息，一般为包含 "account", "password" key 的键值对
     */
    accountInfo: any;
};
