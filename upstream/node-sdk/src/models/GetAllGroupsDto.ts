/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取所有分组
 */
export type GetAllGroupsDto = {
    /**
     * 是否获取成员列表
     */
    fetchMembers?: any;
    /**
     * 是否获取自定义数据
     */
    withCustomData?: any;
};
