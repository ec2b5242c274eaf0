/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteAccessKeyDto = {
    /**
     * accessKeyId
     */
    accessKeyId: string;
};
