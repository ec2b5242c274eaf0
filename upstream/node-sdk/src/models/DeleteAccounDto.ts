/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteAccounDto = {
    /**
     * 注销账户的 token
     */
    deleteAccountToken: string;
};
