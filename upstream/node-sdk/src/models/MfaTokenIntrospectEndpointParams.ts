/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type MfaTokenIntrospectEndpointParams = {
    /**
     * `mfa_token` 的值
     */
    token: string;
};
