/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SetUserPostsDto = {
    /**
     * 岗位 id 列表
     */
    postIds: Array<string>;
    /**
     * 用户 id
     */
    userId: string;
};
