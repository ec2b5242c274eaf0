/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GetApplicationSecretDataDto = {
    /**
     * 应用密钥
     */
    secret: string;
};
