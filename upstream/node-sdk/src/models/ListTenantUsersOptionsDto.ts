/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { PaginationDto } from './PaginationDto';

export type ListTenantUsersOptionsDto = {
    /**
     * 分页配置
     */
    pagination?: PaginationDto;
};
