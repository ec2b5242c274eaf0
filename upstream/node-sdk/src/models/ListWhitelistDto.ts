/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取注册白名单列表，可选页数、分页大小来获取
 */
export type ListWhitelistDto = {
    /**
     * 白名单类型
     */
    type?: any;
};
