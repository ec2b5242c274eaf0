/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type RevertRosterInvitationDto = {
    /**
     * 受邀人 ID
     */
    inviteeId: string;
    /**
     * 名单 ID
     */
    rosterId: string;
};
