/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DefineEventDto = {
    /**
     * 事件描述
     */
    eventDescription: string;
    /**
     * 事件类型
     */
    eventType: string;
};
