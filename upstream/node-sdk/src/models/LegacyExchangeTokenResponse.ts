/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type LegacyExchangeTokenResponse = {
    /**
     * 接口调用凭据，在限制时间内被授权访问资源 API
     */
    access_token?: string;
    /**
     * 用户的身份凭证，解析后会包含用户信息
     */
    id_token?: string;
};
