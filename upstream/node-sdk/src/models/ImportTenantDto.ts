/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ImportTenantDto = {
    /**
     * excel path 地址
     */
    excelUrl: string;
};
