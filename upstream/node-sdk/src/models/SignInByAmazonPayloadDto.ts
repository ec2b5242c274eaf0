/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SignInByAmazonPayloadDto = {
    /**
     * 亚马逊移动端社会化登录获取到的访问令牌 `access_token`
     */
    access_token: string;
};
