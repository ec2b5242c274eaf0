/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SyncTaskMaycurClientConfig = {
    /**
     * App Code
     */
    app_code: string;
    /**
     * App Secret
     */
    app_secret: string;
    /**
     * 登录域名
     */
    endpoint: string;
};
