/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type RelationValueListDto = {
    /**
     * 记录总数
     */
    totalCount: number;
    /**
     * 响应数据
     */
    list: Array<string>;
};
