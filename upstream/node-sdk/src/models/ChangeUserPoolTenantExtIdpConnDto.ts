/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ChangeUserPoolTenantExtIdpConnDto = {
    /**
     * 是否开启身份源连接
     */
    enabled: boolean;
    /**
     * 身份源连接 ID
     */
    connIds: Array<string>;
};
