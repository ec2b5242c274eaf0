/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CheckSessionStatusDataDto = {
    /**
     * 是否具有登录态
     */
    active: boolean;
};
