/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取可申请权限的应用列表
 */
export type ApplicationsPermissionApplicableDto = {
    /**
     * 根据应用名称进行模糊查询
     */
    appName?: any;
};
