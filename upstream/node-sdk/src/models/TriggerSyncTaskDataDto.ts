/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type TriggerSyncTaskDataDto = {
    /**
     * 此次执行同步任务的同步作业 ID
     */
    syncJobId: number;
};
