/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type RightItemDto = {
    /**
     * 权益编码
     */
    rightsModelCode: string;
    /**
     * 权益名称
     */
    rightsModelName: string;
    /**
     * 权益数据类型
     */
    dataType: string;
    /**
     * 权益值
     */
    dataValue: string;
};
