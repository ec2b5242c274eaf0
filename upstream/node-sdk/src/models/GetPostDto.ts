/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取岗位
 */
export type GetPostDto = {
    /**
     * 岗位 code
     */
    code?: any;
    /**
     * 是否获取自定义数据
     */
    withCustomData?: any;
};
