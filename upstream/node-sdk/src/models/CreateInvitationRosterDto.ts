/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CreateInvitationRosterDto = {
    /**
     * 名单名称
     */
    name: string;
};
