/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GroupBo = {
    /**
     * 用户组 id
     */
    groupId: string;
    /**
     * 用户组名称
     */
    groupName: string;
    /**
     * 用户组 Code
     */
    groupCode: string;
};
