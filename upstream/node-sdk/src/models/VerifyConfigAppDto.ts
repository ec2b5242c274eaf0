/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取 verify-config-app 列表
 */
export type VerifyConfigAppDto = {
    /**
     * 搜索关键字
     */
    keywords?: any;
};
