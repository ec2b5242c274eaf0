/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ApplicationPermissionApplyApprovalObject = {
    /**
     * 应用 ID
     */
    objectId: string;
    /**
     * 应用名称
     */
    objectName: string;
    /**
     * 应用 Logo 地址
     */
    logo: string;
};
