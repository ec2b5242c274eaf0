/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CancelSyncRiskOperationDto = {
    /**
     * 同步任务风险操作 ID
     */
    syncRiskOperationIds: Array<number>;
};
