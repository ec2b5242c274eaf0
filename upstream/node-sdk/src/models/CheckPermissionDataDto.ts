/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { CheckPermissionsRespDto } from './CheckPermissionsRespDto';

export type CheckPermissionDataDto = {
    /**
     * 检查结果列表
     */
    checkResultList: Array<CheckPermissionsRespDto>;
};
