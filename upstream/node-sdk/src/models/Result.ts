/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type Result = {
    /**
     * 新增用户数
     */
    addUser: number;
    /**
     * 更新用户数
     */
    updateUser: number;
    /**
     * 新增部门数
     */
    addDepartment: number;
    /**
     * 更新部门数
     */
    updateDepartment: number;
};
