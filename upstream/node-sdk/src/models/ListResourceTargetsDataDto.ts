/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { ListResourceTargetsDtoResp } from './ListResourceTargetsDtoResp';

export type ListResourceTargetsDataDto = {
    /**
     * 用户授权列表
     */
    authUserList: Array<ListResourceTargetsDtoResp>;
};
