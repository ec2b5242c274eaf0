/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteExtIdpDto = {
    /**
     * 身份源 ID
     */
    id: string;
    /**
     * 租户 ID
     */
    tenantId?: string;
};
