/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CreatePermissionNamespaceDto = {
    /**
     * 权限空间名称
     */
    name: string;
    /**
     * 权限空间 Code
     */
    code: string;
    /**
     * 权限空间描述
     */
    description?: string;
};
