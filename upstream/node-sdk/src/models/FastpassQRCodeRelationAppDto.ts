/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type FastpassQRCodeRelationAppDto = {
    /**
     * 应用 ID
     */
    id: string;
    /**
     * 应用名称
     */
    name: string;
    /**
     * 应用 logo
     */
    logo?: string;
};
