/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type WebhookCategoryDto = {
    /**
     * Webhook 类型名称
     */
    name: string;
    /**
     * Webhook 类型英文名称
     */
    nameEn: string;
    /**
     * Webhook 类型
     */
    value: string;
};
