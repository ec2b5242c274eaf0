/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GetAllRowByScrollidDto = {
    /**
     * 分页查询 scrollId
     */
    scrollId: string;
    /**
     * 响应数据
     */
    list: Array<string>;
};
