/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取绑定的 Passkey 列表
 */
export type CredentialsDto = {
    /**
     * 页码数
     */
    page?: any;
    /**
     * 每页数目
     */
    limit?: any;
};
