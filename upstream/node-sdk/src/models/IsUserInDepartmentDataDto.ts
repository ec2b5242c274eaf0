/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type IsUserInDepartmentDataDto = {
    /**
     * 是否在此部门内
     */
    inDepartment: boolean;
};
