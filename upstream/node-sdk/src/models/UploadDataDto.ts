/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UploadDataDto = {
    /**
     * key
     */
    key: string;
    /**
     * url
     */
    url: string;
};
