/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ImportUsersDto = {
    /**
     * 名单 ID
     */
    rosterId: string;
    /**
     * 文件
     */
    file: string;
};
