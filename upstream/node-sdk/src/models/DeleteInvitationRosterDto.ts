/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteInvitationRosterDto = {
    /**
     * 名单 ID
     */
    id: string;
};
