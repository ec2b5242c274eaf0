/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CreateEventAppDto = {
    /**
     * 应用 logo
     */
    logo: string;
    /**
     * 应用名称
     */
    name: string;
    /**
     * 应用唯一标志
     */
    identifier: string;
};
