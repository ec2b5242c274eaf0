/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UniversalInviteeProfileDto = {
    /**
     * 申请人
     */
    name: string;
    /**
     * 邮箱
     */
    email: string;
};
