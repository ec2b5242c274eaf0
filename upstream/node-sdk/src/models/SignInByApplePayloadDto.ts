/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SignInByApplePayloadDto = {
    /**
     * 苹果移动端社会化登录返回的一次性临时 code
     */
    code?: string;
};
