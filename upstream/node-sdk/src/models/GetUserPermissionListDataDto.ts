/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { UserPermissionListDto } from './UserPermissionListDto';

export type GetUserPermissionListDataDto = {
    /**
     * 用户权限列表
     */
    userPermissionList: Array<UserPermissionListDto>;
};
