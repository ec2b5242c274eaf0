/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取用户关联的所有岗位
 */
export type GetUserPostsDto = {
    /**
     * 用户 id
     */
    userId?: any;
    /**
     * 是否获取自定义数据
     */
    withCustomData?: any;
};
