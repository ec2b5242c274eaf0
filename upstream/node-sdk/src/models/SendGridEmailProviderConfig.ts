/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SendGridEmailProviderConfig = {
    /**
     * 用户名
     */
    sender: string;
    /**
     * SendGrid API Key，详情请见 [SendGrid 文档](https://docs.sendgrid.com/ui/account-and-settings/api-keys)。
     */
    apikey: string;
};
