/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { CurrentUsageDto } from './CurrentUsageDto';

export type CurrentUsageRespDto = {
    /**
     * 当前用量实体
     */
    usages: Array<CurrentUsageDto>;
};
