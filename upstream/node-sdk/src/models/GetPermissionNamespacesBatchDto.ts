/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 分别通过权限空间唯一标志符(Code)，获取权限空间详情。
 */
export type GetPermissionNamespacesBatchDto = {
    /**
     * 权限空间 code 列表，批量可以使用逗号分隔
     */
    codes?: any;
};
