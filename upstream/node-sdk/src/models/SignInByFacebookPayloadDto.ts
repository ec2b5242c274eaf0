/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SignInByFacebookPayloadDto = {
    /**
     * Facebook 移动端社会化登录获取到的 access_token
     */
    access_token: string;
};
