/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeviceRuleDto = {
    /**
     * 最大同时在线设备数
     */
    maxOnlineDevices: number;
};
