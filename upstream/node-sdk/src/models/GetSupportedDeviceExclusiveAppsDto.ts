/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取支持设备互斥生效范围的应用列表
 */
export type GetSupportedDeviceExclusiveAppsDto = {
    keyword?: any;
};
