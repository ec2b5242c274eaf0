/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type OtpVerityRespDto = {
    /**
     * 用户 OTP 校验是否成功
     */
    verified: boolean;
};
