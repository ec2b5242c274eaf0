/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type LdapSetEnabledFlagDto = {
    /**
     * 开关是否开启
     */
    enabled: boolean;
};
