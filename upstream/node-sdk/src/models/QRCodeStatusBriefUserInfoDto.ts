/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type QRCodeStatusBriefUserInfoDto = {
    /**
     * 用户显示昵称
     */
    displayName: string;
    /**
     * 用户头像
     */
    photo: string;
};
