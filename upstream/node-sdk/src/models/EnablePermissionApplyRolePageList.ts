/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { EnablePermissionApplyRole } from './EnablePermissionApplyRole';

export type EnablePermissionApplyRolePageList = {
    /**
     * 可申请权限角色列表
     */
    list: Array<EnablePermissionApplyRole>;
    /**
     * 记录总数
     */
    totalCount: number;
};
