/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ParsedUserAgent = {
    /**
     * 使用的设备类型
     */
    device: string;
    /**
     * 浏览器名称
     */
    name: string;
    /**
     * 操作系统
     */
    os: string;
};
