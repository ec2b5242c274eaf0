/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type OpenEventDto = {
    /**
     * 事件 ID
     */
    id: string;
    /**
     * 事件标志
     */
    code: string;
    /**
     * 事件 Topic
     */
    topic: string;
    /**
     * 事件名称
     */
    name: string;
    /**
     * 事件描述
     */
    desc: string;
};
