/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type Admin = {
    credentialId?: any;
    userId?: any;
    appId?: any;
};
