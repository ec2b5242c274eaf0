/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type LdapLogDto = {
    /**
     * 总数
     */
    totalCount: number;
    /**
     * 记录数据
     */
    list: any;
};
