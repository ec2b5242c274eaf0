/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SystmeInfoSM2Config = {
    /**
     * SM2 公钥
     */
    publicKey: string;
};
