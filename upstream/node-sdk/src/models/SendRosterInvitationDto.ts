/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SendRosterInvitationDto = {
    /**
     * 名单 ID
     */
    rosterId: string;
};
