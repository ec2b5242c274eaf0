/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SignInByKuaishouPayloadDto = {
    /**
     * 快手移动端社会化登录获取到的授权码 `code`
     */
    code: string;
};
