/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type RoleDepartmentRespDto = {
    /**
     * 部门 ID
     */
    id: string;
    /**
     * 部门 code
     */
    code: string;
    /**
     * 部门名称
     */
    name: string;
    /**
     * 部门描述信息
     */
    description: string;
};
