/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GenerateBindExtIdpLinkDataDto = {
    /**
     * 用户绑定外部身份源的链接
     */
    url: string;
};
