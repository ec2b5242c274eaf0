/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type TencentExmailEmailProviderConfigInput = {
    /**
     * 用户名
     */
    sender: string;
    /**
     * 密码
     */
    senderPass: string;
};
