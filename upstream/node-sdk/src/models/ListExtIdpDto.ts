/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取身份源列表，可以指定 租户 ID 筛选。
 */
export type ListExtIdpDto = {
    /**
     * 租户 ID
     */
    tenantId?: any;
    /**
     * 应用 ID
     */
    appId?: any;
};
