/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取协作管理员 AK/SK 详细信息,根据协作管理员 ID 和 accessKeyId 获取对应 AK/SK 的详细信息。
 */
export type GetAccessKeyDto = {
    /**
     * 用户 ID
     */
    userId?: any;
    /**
     * accessKeyId
     */
    accessKeyId?: any;
};
