/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GetUserResourceStructDto = {
    /**
     * 数据资源 Code
     */
    resourceCode: string;
    /**
     * 用户 ID
     */
    userId: string;
    /**
     * 权限空间 Code
     */
    namespaceCode: string;
};
