/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteDataPolicyDto = {
    /**
     * 数据策略 ID
     */
    policyId: string;
};
