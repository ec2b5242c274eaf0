/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GetDeviceExclusiveValidScopeDataDto = {
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
     * 添加时间
     */
    createdAt: string;
    /**
     * 是否默认应用
     */
    isDefault?: boolean;
};
