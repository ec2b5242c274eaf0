/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SendEmailBatchDataDto = {
    /**
     * 是否操作成功
     */
    success: boolean;
};
