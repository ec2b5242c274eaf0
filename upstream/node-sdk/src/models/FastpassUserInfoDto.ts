/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type FastpassUserInfoDto = {
    /**
     * 用户 ID
     */
    id: string;
    /**
     * 用户名称
     */
    displayName: string;
    /**
     * 用户头像地址
     */
    photo: string;
};
