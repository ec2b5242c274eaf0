/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 通过用户 ID，获取用户的公共账号列表。
 */
export type GetPublicAccountsOfUserDto = {
    /**
     * 用户 ID
     */
    userId?: any;
};
