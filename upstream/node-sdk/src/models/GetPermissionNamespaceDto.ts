/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 通过权限空间唯一标志符(Code)，获取权限空间详情。
 */
export type GetPermissionNamespaceDto = {
    /**
     * 权限空间 Code
     */
    code?: any;
};
