/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type FunctionModelValueListDto = {
    /**
     * 总行数
     */
    totalCount: number;
    /**
     * 响应数据
     */
    list: Array<any>;
};
