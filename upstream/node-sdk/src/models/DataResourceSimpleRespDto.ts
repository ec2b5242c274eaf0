/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DataResourceSimpleRespDto = {
    /**
     * 数据权限所属的数据资源 ID
     */
    resourceId: string;
    /**
     * 数据权限所属的数据资源名称
     */
    resourceName: string;
};
