/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type Person = {
    /**
     * 用户 ID
     */
    userId?: any;
    /**
     * 页码数
     */
    page?: any;
    /**
     * 每页数目
     */
    limit?: any;
    /**
     * 应用 id
     */
    appId?: any;
};
