/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 通过分组 code，获取分组详情。
 */
export type GetGroupDto = {
    /**
     * 分组 code
     */
    code?: any;
    /**
     * 是否获取自定义数据
     */
    withCustomData?: any;
};
