/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UpdateInvitationRosterDto = {
    /**
     * 名单 ID
     */
    rosterId: string;
    /**
     * 名单名称
     */
    name?: string;
    /**
     * 关联的策略 ID
     */
    policyId?: string;
};
