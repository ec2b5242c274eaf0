/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SignInByWeiboPayloadDto = {
    /**
     * 新浪微博移动端社会化登录获取到的 access_token
     */
    access_token: string;
};
