/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SignInByXiaomiPayloadDto = {
    /**
     * 小米移动端社会化登录获取到的授权码 `code`
     */
    code: string;
};
