/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteNamespaceDto = {
    /**
     * 权限分组唯一标志符
     */
    code: string;
};
