/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SyncTaskScimClientConfig = {
    /**
     * Group Url
     */
    org_url?: string;
    /**
     * User Url
     */
    user_url: string;
    /**
     * Token
     */
    token: string;
    /**
     * Root Department Id
     */
    root_department_id?: string;
    /**
     * Parent Department
     */
    parent_department?: string;
    /**
     * Department
     */
    department?: string;
};
