/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 批量删除应用授权
 */
export type BatchApplicationsAuthDto = {
    /**
     * 授权 ID
     */
    authIds?: any;
};
