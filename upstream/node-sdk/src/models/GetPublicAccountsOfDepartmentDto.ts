/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 通过部门 ID，获取用户的公共账号列表。
 */
export type GetPublicAccountsOfDepartmentDto = {
    /**
     * 部门 ID
     */
    departmentId?: any;
};
