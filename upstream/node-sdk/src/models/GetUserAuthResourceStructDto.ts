/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GetUserAuthResourceStructDto = {
    /**
     * 数据资源 Code
     */
    resource: string;
};
