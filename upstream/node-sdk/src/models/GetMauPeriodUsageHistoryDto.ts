/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取当前用户池 MAU 使用记录
 */
export type GetMauPeriodUsageHistoryDto = {
    /**
     * 起始时间（年月日）
     */
    startTime?: any;
    /**
     * 截止时间（年月日）
     */
    endTime?: any;
};
