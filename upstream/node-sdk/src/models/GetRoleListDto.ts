/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取角色列表
 */
export type GetRoleListDto = {
    /**
     * 所属权限分组的 code
     */
    namespace?: any;
};
