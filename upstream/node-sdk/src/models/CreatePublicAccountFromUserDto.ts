/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CreatePublicAccountFromUserDto = {
    /**
     * 公共账号 rowId
     */
    userId: string;
};
