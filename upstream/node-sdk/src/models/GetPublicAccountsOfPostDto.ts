/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 通过岗位 ID，获取用户的公共账号列表。
 */
export type GetPublicAccountsOfPostDto = {
    /**
     * 岗位 ID
     */
    postId?: any;
};
