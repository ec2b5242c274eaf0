/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type RevertRosterInvitationBatchDto = {
    /**
     * 受邀人 ID 列表
     */
    inviteeIds: Array<string>;
};
