/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 通过分组 code，获取分组成员列表，支持分页，可以获取自定义数据、identities、部门 ID 列表。
 */
export type ListGroupMembersDto = {
    /**
     * 分组 code
     */
    code?: any;
    /**
     * 当前页数，从 1 开始
     */
    page?: any;
    /**
     * 每页数目，最大不能超过 50，默认为 10
     */
    limit?: any;
    /**
     * 是否获取自定义数据
     */
    withCustomData?: any;
    /**
     * 是否获取 identities
     */
    withIdentities?: any;
    /**
     * 是否获取部门 ID 列表
     */
    withDepartmentIds?: any;
    /**
     * 是否拍平扩展字段
     */
    flatCustomData?: any;
};
