/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SignInByWechatworkAgencyPayloadDto = {
    /**
     * 企业微信（代开发模式）移动端社会化登录返回的一次性临时 code
     */
    code?: string;
};
