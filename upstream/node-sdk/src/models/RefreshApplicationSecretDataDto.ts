/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type RefreshApplicationSecretDataDto = {
    /**
     * 新的应用密钥
     */
    secret: string;
};
