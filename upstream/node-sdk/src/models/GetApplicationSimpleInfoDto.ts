/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 通过应用 ID，获取应用简单信息。
 */
export type GetApplicationSimpleInfoDto = {
    /**
     * 应用 ID
     */
    appId?: any;
};
