/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type PubEventDto = {
    /**
     * 事件类型
     */
    eventType: string;
    /**
     * 事件体
     */
    eventData: any;
};
