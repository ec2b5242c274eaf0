/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GetUserPasswordCiphertextDataDto = {
    /**
     * 用户密码加密的密文
     */
    ciphertext: string;
};
