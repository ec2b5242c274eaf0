/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ListArchivedUsersRespDto = {
    /**
     * 用户 ID
     */
    userId: string;
    /**
     * 归档时间
     */
    archivedAt: string;
};
