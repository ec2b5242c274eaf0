/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeletePermissionNamespacesBatchDto = {
    /**
     * 权限分组 code 列表
     */
    codes: Array<string>;
};
