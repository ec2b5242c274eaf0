/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SetUserCustomDataDto = {
    /**
     * 操作是否成功
     */
    success: boolean;
};
