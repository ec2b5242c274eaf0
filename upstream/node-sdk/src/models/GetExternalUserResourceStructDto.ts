/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GetExternalUserResourceStructDto = {
    /**
     * 资源 Code
     */
    resourceCode: string;
    /**
     * 外部用户 ID
     */
    externalId: string;
    /**
     * 权限空间 Code
     */
    namespaceCode: string;
};
