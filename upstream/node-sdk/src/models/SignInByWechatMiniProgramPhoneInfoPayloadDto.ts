/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SignInByWechatMiniProgramPhoneInfoPayloadDto = {
    /**
     * 小程序获取用户手机号返回的 `code`
     */
    code: string;
};
