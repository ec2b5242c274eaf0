/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CurrentUsageDto = {
    /**
     * 权益总量
     */
    amount: string;
    /**
     * 权益当前使用量
     */
    current: string;
    /**
     * 是否是体验期权益
     */
    experience: boolean;
    /**
     * 权益编码
     */
    modelCode: string;
    /**
     * 权益名称
     */
    modelName: string;
};
