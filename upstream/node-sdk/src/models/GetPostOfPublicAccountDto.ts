/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取公共账号的岗位
 */
export type GetPostOfPublicAccountDto = {
    /**
     * 用户 id
     */
    userId?: any;
};
