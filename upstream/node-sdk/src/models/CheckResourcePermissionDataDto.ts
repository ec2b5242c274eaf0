/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { CheckResourcePermissionRespDto } from './CheckResourcePermissionRespDto';

export type CheckResourcePermissionDataDto = {
    /**
     * 检查结果列表
     */
    checkResultList: Array<CheckResourcePermissionRespDto>;
};
