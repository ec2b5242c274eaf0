/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SyncTaskXiaoshouyiClientConfig = {
    /**
     * 销售易应用的 ClientId
     */
    client_id: string;
    /**
     * 销售易应用的 ClientSecret
     */
    client_secret: string;
    /**
     * 销售易应用的 UserName
     */
    username: string;
    /**
     * 销售易应用的 Password
     */
    password: string;
};
