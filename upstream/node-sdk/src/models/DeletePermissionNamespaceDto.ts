/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeletePermissionNamespaceDto = {
    /**
     * 权限空间 Code
     */
    code: string;
};
