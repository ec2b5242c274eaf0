/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UnbindDeviceDto = {
    /**
     * 设备唯一标识
     */
    deviceId: string;
};
