/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteWebhookDto = {
    /**
     * webhookId 数组
     */
    webhookIds: Array<string>;
};
