/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { SetCustomFieldDto } from './SetCustomFieldDto';

export type SetCustomFieldsReqDto = {
    /**
     * 自定义字段列表
     */
    list: Array<SetCustomFieldDto>;
    /**
     * 租户 ID
     */
    tenantId?: string;
};
