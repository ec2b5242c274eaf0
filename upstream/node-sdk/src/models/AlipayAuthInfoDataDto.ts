/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type AlipayAuthInfoDataDto = {
    /**
     * 拉起支付宝需要的 AuthInfo
     */
    authInfo: string;
};
