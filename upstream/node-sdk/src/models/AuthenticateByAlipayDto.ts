/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type AuthenticateByAlipayDto = {
    /**
     * 支付宝移动端社会化登录返回的一次性临时 code
     */
    code?: string;
};
