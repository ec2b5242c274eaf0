/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { CheckExternalUserPermissionsRespDto } from './CheckExternalUserPermissionsRespDto';

export type CheckExternalUserPermissionDataDto = {
    /**
     * 检查结果列表
     */
    checkResultList: Array<CheckExternalUserPermissionsRespDto>;
};
