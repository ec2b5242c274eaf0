/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { ListApplicationActiveUsersOptionsDto } from './ListApplicationActiveUsersOptionsDto';

export type ListApplicationActiveUsersDto = {
    /**
     * 应用 ID
     */
    appId: string;
    /**
     * 可选项
     */
    options?: ListApplicationActiveUsersOptionsDto;
};
