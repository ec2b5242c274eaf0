/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ValidatePasswordResultDto = {
    /**
     * 密码是否正确
     */
    valid: boolean;
};
