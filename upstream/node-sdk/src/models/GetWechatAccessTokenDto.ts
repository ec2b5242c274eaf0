/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GetWechatAccessTokenDto = {
    /**
     * 微信小程序或微信公众号的 AppId
     */
    appId: string;
    /**
     * 微信小程序或微信公众号的 AppSecret
     */
    appSecret: string;
};
