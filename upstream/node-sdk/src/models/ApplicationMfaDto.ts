/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ApplicationMfaDto = {
    /**
     * MFA 类型
     */
    mfaPolicy: string;
    /**
     * MFA 状态
     */
    status: number;
    /**
     * MFA 排序
     */
    sort: number;
};
