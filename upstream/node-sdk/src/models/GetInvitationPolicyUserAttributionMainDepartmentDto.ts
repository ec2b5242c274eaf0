/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取设置的用户归属主部门
 */
export type GetInvitationPolicyUserAttributionMainDepartmentDto = {
    /**
     * 策略 ID
     */
    policyId?: any;
    /**
     * 是否返回主部门详情
     */
    withDepartmentDetail?: any;
};
