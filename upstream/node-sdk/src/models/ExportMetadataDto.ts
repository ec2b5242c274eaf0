/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ExportMetadataDto = {
    /**
     * 功能 id
     */
    modelId: string;
};
