/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CheckDomainAvailable = {
    /**
     * 域名
     */
    domain: string;
};
