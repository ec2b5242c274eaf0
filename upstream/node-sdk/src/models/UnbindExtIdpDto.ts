/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UnbindExtIdpDto = {
    /**
     * 外部身份源 ID
     */
    extIdpId: string;
};
