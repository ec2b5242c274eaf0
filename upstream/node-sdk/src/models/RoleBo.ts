/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type RoleBo = {
    /**
     * 角色 id
     */
    roleId: string;
    /**
     * 角色名称
     */
    roleName: string;
    /**
     * 角色 Code
     */
    roleCode: string;
};
