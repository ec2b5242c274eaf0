/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type AuthenticateByLarkPublicDto = {
    /**
     * 飞书应用商店应用移动端社会化登录返回的一次性临时 code
     */
    code?: string;
};
