/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UserPermissionResourceOtherDto = {
    /**
     * 数据策略下所授权的数据资源 Code
     */
    resourceCode: string;
    /**
     * 数据资源下节点操作列表
     */
    actionList: Array<string>;
};
