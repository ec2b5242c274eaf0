/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取 Pipeline 函数详情
 */
export type GetPipelineFunctionDto = {
    /**
     * Pipeline 函数 ID
     */
    funcId?: any;
};
