/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type BatchUnbindPolicy = {
    /**
     * 名单 ID 列表
     */
    rosterIds: Array<string>;
    /**
     * 策略 ID
     */
    policyId: string;
};
