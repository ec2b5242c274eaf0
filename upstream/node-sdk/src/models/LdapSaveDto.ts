/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type LdapSaveDto = {
    /**
     * LDAP 域名
     */
    ldapDomain: string;
    /**
     * LDAP host
     */
    linkUrl?: string;
};
