/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DataResourceActionListDto = {
    /**
     * 节点路径
     */
    nodePath: string;
    /**
     * 数据资源的节点权限列表
     */
    nodeActions: Array<string>;
};
