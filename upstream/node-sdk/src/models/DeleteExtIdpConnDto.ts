/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteExtIdpConnDto = {
    /**
     * 身份源连接 ID
     */
    id: string;
    /**
     * 租户 ID
     */
    tenantId?: string;
};
