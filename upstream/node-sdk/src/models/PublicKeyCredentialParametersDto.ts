/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type PublicKeyCredentialParametersDto = {
    /**
     * 一个负整数，用于标明算法
     */
    alg: number;
    /**
     * 固定值，public-key
     */
    type: string;
};
