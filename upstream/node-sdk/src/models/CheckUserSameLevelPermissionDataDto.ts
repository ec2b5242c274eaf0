/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { CheckUserSameLevelPermissionRespDto } from './CheckUserSameLevelPermissionRespDto';

export type CheckUserSameLevelPermissionDataDto = {
    /**
     * 响应结果列表
     */
    checkLevelResultList: Array<CheckUserSameLevelPermissionRespDto>;
};
