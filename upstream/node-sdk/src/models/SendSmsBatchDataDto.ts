/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SendSmsBatchDataDto = {
    /**
     * 是否操作成功
     */
    success: boolean;
};
