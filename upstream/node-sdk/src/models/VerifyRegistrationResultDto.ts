/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type VerifyRegistrationResultDto = {
    /**
     * 验证注册认证器结果
     */
    verified: boolean;
};
