/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteMultipleTenantAdminBodyDto = {
    /**
     * 用户 ID
     */
    userId: string;
};
