/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SyncTaskFxiaokeClientConfig = {
    /**
     * App Id
     */
    appId: string;
    /**
     * App Secret
     */
    appSecret: string;
    /**
     * Permanent Code
     */
    permanentCode: string;
    /**
     * Current Open User Id
     */
    currentOpenUserId: string;
};
