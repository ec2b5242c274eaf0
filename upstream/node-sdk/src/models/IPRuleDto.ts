/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type IPRuleDto = {
    /**
     * 最大同时在线 IP 数
     */
    maxOnlineIPs: number;
};
