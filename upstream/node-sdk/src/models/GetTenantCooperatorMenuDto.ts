/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 根据用户池 ID 获取某个协调管理员的列表
 */
export type GetTenantCooperatorMenuDto = {
    /**
     * 用户 ID
     */
    userId?: any;
};
