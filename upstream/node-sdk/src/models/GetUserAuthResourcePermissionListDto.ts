/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GetUserAuthResourcePermissionListDto = {
    /**
     * 数据资源路径列表,**树资源需到具体树节点**
     */
    resources: Array<string>;
};
