/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SignInByLinkedInPayloadDto = {
    /**
     * LinkedIn 移动端社会化登录获取到的 code
     */
    code: string;
};
