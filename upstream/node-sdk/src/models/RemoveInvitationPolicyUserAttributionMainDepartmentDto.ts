/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type RemoveInvitationPolicyUserAttributionMainDepartmentDto = {
    /**
     * 策略 ID
     */
    policyId: string;
};
