/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取应用默认访问授权策略
 */
export type GetApplicationPermissionStrategyDto = {
    /**
     * 应用 ID
     */
    appId?: any;
};
