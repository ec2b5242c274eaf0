/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取审批详情
 */
export type ApprovalDto = {
    /**
     * 审批编号
     */
    number?: any;
};
