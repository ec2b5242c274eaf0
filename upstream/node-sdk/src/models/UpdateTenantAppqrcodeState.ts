/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UpdateTenantAppqrcodeState = {
    /**
     * 是否允许开启扫码登录
     */
    enabled: boolean;
};
