/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ApplicationEnabledExtIdpConnInputDto = {
    /**
     * 身份源连接 ID
     */
    extIdpConnId: string;
};
