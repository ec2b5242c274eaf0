/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteNamespacesBatchDto = {
    /**
     * 权限分组 code 列表
     */
    codeList: Array<string>;
};
