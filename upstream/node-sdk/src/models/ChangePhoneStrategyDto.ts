/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ChangePhoneStrategyDto = {
    /**
     * 修改手机号时是否验证旧手机号
     */
    verifyOldPhone: boolean;
};
