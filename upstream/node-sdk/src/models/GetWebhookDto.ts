/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 根据指定的 webhookId 获取 webhook 详情
 */
export type GetWebhookDto = {
    /**
     * Webhook ID
     */
    webhookId?: any;
};
