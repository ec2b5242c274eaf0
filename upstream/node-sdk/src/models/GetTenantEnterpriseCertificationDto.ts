/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取租户企业认证信息
 */
export type GetTenantEnterpriseCertificationDto = {
    tenantId?: any;
};
