/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type MfaOtpVerityDto = {
    /**
     * OTP 口令
     */
    totp: string;
};
