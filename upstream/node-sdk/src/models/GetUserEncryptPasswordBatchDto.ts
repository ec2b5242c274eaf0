/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GetUserEncryptPasswordBatchDto = {
    /**
     * 用户 ID 数组
     */
    userIds: Array<string>;
};
