/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SignInByYidunPayloadDto = {
    /**
     * 网易易盾 token
     */
    token?: string;
    /**
     * 网易易盾运营商授权码
     */
    accessToken?: string;
};
