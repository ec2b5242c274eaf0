/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteTenantCooperatorBodyDto = {
    /**
     * 用户 ID
     */
    userId: string;
};
