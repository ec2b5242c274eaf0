/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteApplicationDto = {
    /**
     * 应用 ID
     */
    appId: string;
};
