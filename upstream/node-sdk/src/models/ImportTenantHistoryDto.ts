/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 此接口用于 Excel 导入租户的历史查询。
 */
export type ImportTenantHistoryDto = {
    /**
     * 页码
     */
    page?: any;
    /**
     * 每页获取的数据量
     */
    limit?: any;
};
