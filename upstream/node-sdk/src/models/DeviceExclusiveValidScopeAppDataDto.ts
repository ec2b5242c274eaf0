/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeviceExclusiveValidScopeAppDataDto = {
    /**
     * 应用 ID
     */
    appId: string;
    /**
     * 应用名称
     */
    appName?: string;
    /**
     * 应用 logo
     */
    appLogo?: string;
    /**
     * 应用 logo
     */
    isDefault?: string;
};
