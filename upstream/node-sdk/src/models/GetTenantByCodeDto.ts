/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 根据租户 Code 获取租户详情
 */
export type GetTenantByCodeDto = {
    /**
     * 租户 Code
     */
    code?: any;
};
