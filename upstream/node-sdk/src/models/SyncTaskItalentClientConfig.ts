/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SyncTaskItalentClientConfig = {
    /**
     * Tenant Id
     */
    tenant_id: string;
    /**
     * App Key
     */
    app_key: string;
    /**
     * App Secret
     */
    app_secret: string;
};
