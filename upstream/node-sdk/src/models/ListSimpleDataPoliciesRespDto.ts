/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ListSimpleDataPoliciesRespDto = {
    /**
     * 数据策略 ID
     */
    policyId: string;
    /**
     * 数据策略名称，用户池唯一
     */
    policyName: string;
    /**
     * 数据策略描述
     */
    description?: string;
};
