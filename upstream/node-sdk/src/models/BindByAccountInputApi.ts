/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type BindByAccountInputApi = {
    /**
     * 中间态键
     */
    key: string;
    /**
     * 操作编码
     */
    action: string;
    /**
     * 账号密码
     */
    password: string;
    /**
     * 账号（手机/邮箱/用户名）
     */
    account: string;
};
