/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { CreatePermissionNamespacesBatchItemDto } from './CreatePermissionNamespacesBatchItemDto';

export type CreatePermissionNamespacesBatchDto = {
    /**
     * 权限空间列表
     */
    list: Array<CreatePermissionNamespacesBatchItemDto>;
};
