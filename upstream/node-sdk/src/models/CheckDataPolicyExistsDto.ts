/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 通过数据策略名称查询用户池内是否有效。
 */
export type CheckDataPolicyExistsDto = {
    /**
     * 数据策略名称，用户池唯一
     */
    policyName?: any;
};
