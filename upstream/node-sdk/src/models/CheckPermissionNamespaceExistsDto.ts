/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CheckPermissionNamespaceExistsDto = {
    /**
     * 权限空间 Code
     */
    code?: string;
    /**
     * 权限空间名称
     */
    name?: string;
};
