/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type QueryTerminalAppsDto = {
    /**
     * 设备唯一标识列表
     */
    deviceIds: Array<string>;
    /**
     * 用户 ID
     */
    userId?: string;
};
