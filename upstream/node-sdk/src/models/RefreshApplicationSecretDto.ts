/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type RefreshApplicationSecretDto = {
    /**
     * 应用 ID
     */
    appId: string;
};
