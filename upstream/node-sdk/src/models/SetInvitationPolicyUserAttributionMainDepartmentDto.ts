/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SetInvitationPolicyUserAttributionMainDepartmentDto = {
    /**
     * 策略 ID
     */
    policyId: string;
    /**
     * 部门 ID
     */
    departmentId: string;
};
