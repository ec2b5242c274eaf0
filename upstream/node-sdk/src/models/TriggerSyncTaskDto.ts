/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type TriggerSyncTaskDto = {
    /**
     * 同步任务 ID
     */
    syncTaskId: number;
};
