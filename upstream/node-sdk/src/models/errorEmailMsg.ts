/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type errorEmailMsg = {
    /**
     * 邮箱地址
     */
    email: string;
    /**
     * 错误信息描述
     */
    message: string;
};
