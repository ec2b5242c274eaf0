/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type WebhookEventDto = {
    /**
     * Webhook 名称
     */
    name: string;
    /**
     * Webhook 英文名称
     */
    nameEn: string;
    /**
     * Webhook 事件
     */
    value: string;
    /**
     * Webhook 事件分类
     */
    category: string;
};
