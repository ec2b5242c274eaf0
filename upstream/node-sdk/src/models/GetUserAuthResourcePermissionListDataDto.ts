/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { GetUserAuthResourcePermissionList } from './GetUserAuthResourcePermissionList';

export type GetUserAuthResourcePermissionListDataDto = {
    /**
     * 权限列表
     */
    permissionList: Array<GetUserAuthResourcePermissionList>;
};
