/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GetApplicationPublicConfigDto = {
    /**
     * 应用 ID，可选，默认会从请求的域名获取对应的应用
     */
    appId?: any;
};
