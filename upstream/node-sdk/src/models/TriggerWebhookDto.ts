/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type TriggerWebhookDto = {
    /**
     * Webhook ID
     */
    webhookId: string;
    /**
     * 请求头
     */
    requestHeaders?: any;
    /**
     * 请求体
     */
    requestBody?: any;
};
