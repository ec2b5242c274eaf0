/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 全部操作管理列表
 */
export type AllOperateDto = {
    /**
     * model Id
     */
    modelId?: any;
};
