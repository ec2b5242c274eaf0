/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type WhitelistRespDto = {
    /**
     * 数据
     */
    value: string;
    /**
     * 创建时间
     */
    createdAt: string;
};
