/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 通过角色 ID，获取用户的公共账号列表。
 */
export type GetPublicAccountsOfRoleDto = {
    /**
     * 角色 ID
     */
    roleId?: any;
};
