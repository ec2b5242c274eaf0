/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ImportTenantHistoryDataDto = {
    /**
     * 总数
     */
    totalCount: number;
    /**
     * 记录条数
     */
    list: Array<any>;
};
