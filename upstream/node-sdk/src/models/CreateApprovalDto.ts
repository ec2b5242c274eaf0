/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CreateApprovalDto = {
    /**
     * 审批 ID
     */
    approvalId: number;
    /**
     * 审批编号
     */
    number: string;
};
