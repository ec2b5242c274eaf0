/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 根据 Factor ID 获取用户绑定的某个 MFA Factor 详情。
 */
export type GetFactorDto = {
    /**
     * MFA Factor ID
     */
    factorId?: any;
};
