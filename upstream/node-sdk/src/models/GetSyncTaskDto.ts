/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取同步任务详情
 */
export type GetSyncTaskDto = {
    /**
     * 同步任务 ID
     */
    syncTaskId?: any;
};
