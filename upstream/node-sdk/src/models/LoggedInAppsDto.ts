/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type LoggedInAppsDto = {
    /**
     * 应用 ID
     */
    appId: string;
    /**
     * 应用名称
     */
    appName: string;
    /**
     * 应用登录地址
     */
    appLoginUrl: string;
    /**
     * 应用 Logo
     */
    appLogo: string;
    /**
     * 当前是否处于登录态
     */
    active: boolean;
};
