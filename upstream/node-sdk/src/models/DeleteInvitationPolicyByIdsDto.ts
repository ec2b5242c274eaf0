/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteInvitationPolicyByIdsDto = {
    /**
     * 策略 ID 数组
     */
    policyIds: Array<string>;
};
