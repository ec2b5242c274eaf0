/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取数据对象字段列表
 */
export type ListFieldDto = {
    /**
     * 功能 id
     */
    modelId?: any;
    /**
     * 请求来源
     */
    from?: any;
};
