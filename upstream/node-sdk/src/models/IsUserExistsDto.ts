/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type IsUserExistsDto = {
    /**
     * 用户是否存在
     */
    exists: boolean;
};
