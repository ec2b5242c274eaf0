/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type LdapUpdateDto = {
    /**
     * bindDn 密码
     */
    bindPwd?: string;
};
