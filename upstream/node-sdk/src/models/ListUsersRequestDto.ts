/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { ListUsersAdvancedFilterItemDto } from './ListUsersAdvancedFilterItemDto';
import type { ListUsersOptionsDto } from './ListUsersOptionsDto';

export type ListUsersRequestDto = {
    /**
     * 模糊搜索关键字
     */
    keywords?: string;
    /**
     * 高级搜索
     */
    advancedFilter?: Array<ListUsersAdvancedFilterItemDto>;
    /**
     * 使用 ES 查询语句执行搜索命令
     */
    searchQuery?: any;
    /**
     * 可选项
     */
    options?: ListUsersOptionsDto;
};
