/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 根据用户 ID 获取可访问的租户控制台列表
 */
export type ListInviteTenantUserRecordsDto = {
    /**
     * 搜索关键字
     */
    keywords?: any;
    /**
     * 页码
     */
    page?: any;
    /**
     * 每页获取的数据量
     */
    limit?: any;
};
