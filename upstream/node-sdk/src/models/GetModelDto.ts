/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 利用功能 id ，获取数据对象的详细信息
 */
export type GetModelDto = {
    /**
     * 功能 id 可以从控制台页面获取
     */
    id?: any;
};
