/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 通过分组 ID，获取用户的公共账号列表。
 */
export type GetPublicAccountsOfGroupDto = {
    /**
     * 分组 ID
     */
    groupId?: any;
};
