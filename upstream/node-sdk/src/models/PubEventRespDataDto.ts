/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type PubEventRespDataDto = {
    /**
     * 发送是否成功
     */
    success: boolean;
    /**
     * 发送失败的错误提示
     */
    errMsg?: boolean;
};
