/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UpdateAccessKeyDto = {
    /**
     * 密钥是否生效
     */
    enable: boolean;
    /**
     * AccessKey ID
     */
    accessKeyId: string;
};
