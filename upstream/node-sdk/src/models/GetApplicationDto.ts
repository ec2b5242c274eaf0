/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 通过应用 ID，获取应用详情。
 */
export type GetApplicationDto = {
    /**
     * 应用 ID
     */
    appId?: any;
};
