/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CreatePermissionNamespaceRespDto = {
    /**
     * 权限空间唯一标志符
     */
    code: string;
    /**
     * 权限空间名称
     */
    name: string;
    /**
     * 权限空间描述信息
     */
    description?: string;
};
