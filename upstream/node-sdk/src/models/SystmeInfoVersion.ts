/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SystmeInfoVersion = {
    /**
     * Authing 核心服务版本号
     */
    server: string;
    /**
     * Authing 控制台版本号
     */
    console: string;
    /**
     * Authing 托管登录页版本号
     */
    login: string;
};
