/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 通过权限分组唯一标志符(Code)，获取权限分组详情。
 */
export type GetNamespaceDto = {
    /**
     * 权限分组唯一标志符
     */
    code?: any;
};
