/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SignInByWechatworkDto = {
    /**
     * 企业微信移动端社会化登录返回的一次性临时 code
     */
    code?: string;
};
