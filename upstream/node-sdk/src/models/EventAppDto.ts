/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type EventAppDto = {
    /**
     * 唯一标识
     */
    identifier: string;
    /**
     * 应用名称
     */
    name: string;
    /**
     * 应用 logo
     */
    logo: string;
};
