/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { MauPeriodUsageHistoryDto } from './MauPeriodUsageHistoryDto';

export type MauPeriodUsageHistory = {
    /**
     * 响应数据
     */
    records: Array<MauPeriodUsageHistoryDto>;
};
