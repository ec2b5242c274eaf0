/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 此接口用于查询导入租户通知用户列表。
 */
export type ImportTenantNotifyUserDto = {
    /**
     * 导入记录 id
     */
    importId?: any;
    /**
     * 页码
     */
    page?: any;
    /**
     * 每页获取的数据量
     */
    limit?: any;
};
