/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SyncTaskActiveDirectoryClientConfig = {
    /**
     * 身份源唯一标志
     */
    syncIdentityProviderCode?: string;
    /**
     * Provisioning Ticket Url
     */
    ticket_url?: string;
};
