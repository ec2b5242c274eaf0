/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取同步作业详情
 */
export type GetSyncJobDto = {
    /**
     * 同步作业 ID
     */
    syncJobId?: any;
};
