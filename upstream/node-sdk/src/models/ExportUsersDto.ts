/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ExportUsersDto = {
    /**
     * 名单 ID
     */
    rosterId: string;
};
