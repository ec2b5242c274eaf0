/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type OtpSecretRespDto = {
    /**
     * MFA OTP 秘钥
     */
    secret: string;
};
