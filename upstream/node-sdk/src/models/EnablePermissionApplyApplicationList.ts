/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { EnablePermissionApplyApplication } from './EnablePermissionApplyApplication';

export type EnablePermissionApplyApplicationList = {
    /**
     * 可申请权限应用列表
     */
    list: Array<EnablePermissionApplyApplication>;
};
