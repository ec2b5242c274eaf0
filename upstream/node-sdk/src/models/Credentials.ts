/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 删除 passkey
 */
export type Credentials = {
    credentialId?: any;
};
