/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type RoleCodeAndNamespaceDto = {
    /**
     * 权限分组（权限空间）内角色的唯一标识符
     */
    code: string;
    /**
     * 所属权限分组(权限空间)的 code
     */
    namespace: string;
};
