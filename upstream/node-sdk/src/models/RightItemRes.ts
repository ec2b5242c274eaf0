/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { RightItemDto } from './RightItemDto';

export type RightItemRes = {
    /**
     * 响应数据
     */
    rightsItems: Array<RightItemDto>;
};
