/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type RevokeDeviceSessionDto = {
    /**
     * 设备唯一标识
     */
    deviceId: string;
};
