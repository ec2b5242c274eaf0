/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GenerateInvitationLinkDto = {
    /**
     * 邀请链接地址
     */
    link: string;
};
