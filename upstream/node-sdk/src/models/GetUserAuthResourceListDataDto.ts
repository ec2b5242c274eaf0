/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { UserAuthResourceListDto } from './UserAuthResourceListDto';

export type GetUserAuthResourceListDataDto = {
    /**
     * 用户权限列表
     */
    userPermissionList: Array<UserAuthResourceListDto>;
};
