/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UnlinkExtIdpDto = {
    /**
     * 外部身份源 ID
     */
    extIdpId: string;
};
