/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type RolePermissionApplyApprovalObject = {
    /**
     * 角色 ID
     */
    objectId: string;
    /**
     * 角色名称
     */
    objectName: string;
    /**
     * 角色 Code
     */
    roleCode: string;
    /**
     * 权限分组 ID
     */
    namespaceId: number;
    /**
     * 权限分组 Code，即应用 ID
     */
    namespaceCode: string;
};
