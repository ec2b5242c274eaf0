/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteTenantDto = {
    /**
     * 租户 ID
     */
    tenantId: string;
};
