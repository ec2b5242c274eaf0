/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UpdateExtIdpDto = {
    /**
     * 名称
     */
    name: string;
    /**
     * 身份源 ID
     */
    id: string;
    /**
     * 租户 ID
     */
    tenantId?: string;
};
