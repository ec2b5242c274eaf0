/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 通过公共账号 ID，获取用户列表。
 */
export type GetUsersOfPublicAccountDto = {
    /**
     * 公共账号 ID
     */
    publicAccountId?: any;
};
