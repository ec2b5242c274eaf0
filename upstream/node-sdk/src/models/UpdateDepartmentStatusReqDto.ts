/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UpdateDepartmentStatusReqDto = {
    /**
     * 部门状态
     */
    status: boolean;
    /**
     * 需要获取的部门 ID
     */
    departmentId: string;
};
