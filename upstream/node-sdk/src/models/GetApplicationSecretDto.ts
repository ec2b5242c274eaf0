/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取应用密钥
 */
export type GetApplicationSecretDto = {
    /**
     * 应用 ID
     */
    appId?: any;
};
