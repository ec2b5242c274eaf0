/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UserConnectionPostDto = {
    /**
     * 用户 id
     */
    userId: string;
    /**
     * 部门 id
     */
    postId: string;
};
