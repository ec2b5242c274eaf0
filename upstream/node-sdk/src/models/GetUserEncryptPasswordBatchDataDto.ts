/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GetUserEncryptPasswordBatchDataDto = {
    /**
     * 用户 id
     */
    userId: string;
    /**
     * 用户密文密码
     */
    encryptedPassword: string;
};
