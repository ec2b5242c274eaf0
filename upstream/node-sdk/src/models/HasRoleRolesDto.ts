/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type HasRoleRolesDto = {
    /**
     * 所属权限分组(权限空间)的 Code，不传获取默认权限分组。
     */
    namespace?: string;
    /**
     * 角色 code
     */
    code: string;
};
