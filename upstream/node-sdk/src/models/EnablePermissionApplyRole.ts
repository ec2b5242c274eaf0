/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type EnablePermissionApplyRole = {
    /**
     * 角色 ID
     */
    roleId: string;
    /**
     * 应用内角色的唯一标识符 Code
     */
    code: string;
    /**
     * 应用内角色名称
     */
    name: string;
    /**
     * 角色描述
     */
    description?: string;
};
