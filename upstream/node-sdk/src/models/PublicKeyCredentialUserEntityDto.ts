/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type PublicKeyCredentialUserEntityDto = {
    /**
     * 用户 ID
     */
    id: string;
    /**
     * 用户名
     */
    name: string;
    /**
     * 用于显示的用户名称
     */
    displayName: string;
};
