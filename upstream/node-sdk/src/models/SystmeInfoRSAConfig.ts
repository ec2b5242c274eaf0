/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SystmeInfoRSAConfig = {
    /**
     * RSA256 公钥
     */
    publicKey: string;
};
