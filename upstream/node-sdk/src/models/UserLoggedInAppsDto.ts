/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UserLoggedInAppsDto = {
    /**
     * App ID
     */
    appId: string;
    /**
     * App 名称
     */
    appName: string;
    /**
     * App Logo
     */
    appLogo: string;
    /**
     * App 登录地址
     */
    appLoginUrl: string;
};
