/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CopyInvitationPolicyDto = {
    /**
     * 策略 ID
     */
    policyId: string;
};
