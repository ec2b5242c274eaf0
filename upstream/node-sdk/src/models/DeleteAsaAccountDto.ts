/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteAsaAccountDto = {
    /**
     * ASA 账号 ID
     */
    accountId: string;
    /**
     * 所属应用 ID
     */
    appId: string;
};
