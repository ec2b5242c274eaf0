/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteOrganizationReqDto = {
    /**
     * 组织 code
     */
    organizationCode: string;
    /**
     * 租户 ID
     */
    tenantId?: string;
};
