/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteInvitationRosterBatchDto = {
    /**
     * 名单 ID 列表
     */
    ids: Array<string>;
};
