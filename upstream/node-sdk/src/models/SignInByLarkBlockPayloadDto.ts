/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SignInByLarkBlockPayloadDto = {
    /**
     * 飞书小组件社会化登录返回的一次性临时 code
     */
    code?: string;
};
