/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ChangeEmailStrategyDto = {
    /**
     * 修改邮箱时是否验证旧邮箱
     */
    verifyOldEmail: boolean;
};
