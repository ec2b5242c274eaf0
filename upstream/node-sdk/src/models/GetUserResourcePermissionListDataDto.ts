/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { GetUserResourcePermissionList } from './GetUserResourcePermissionList';

export type GetUserResourcePermissionListDataDto = {
    /**
     * 权限列表
     */
    permissionList: Array<GetUserResourcePermissionList>;
};
