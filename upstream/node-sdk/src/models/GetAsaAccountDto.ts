/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 根据 ASA 账号 ID 获取账号详细信息
 */
export type GetAsaAccountDto = {
    /**
     * 所属应用 ID
     */
    appId?: any;
    /**
     * ASA 账号 ID
     */
    accountId?: any;
};
