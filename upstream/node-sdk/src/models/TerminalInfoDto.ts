/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type TerminalInfoDto = {
    /**
     * 主键 ID
     */
    id: string;
    /**
     * 设备唯一标识
     */
    deviceUniqueId: string;
};
