/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type InviterDetailDto = {
    /**
     * 邀请人名称
     */
    displayName: string;
};
