/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type PolicyBo = {
    /**
     * 数据策略 id
     */
    dataPolicyId: string;
    /**
     * 数据策略名称名称
     */
    dataPolicyName: string;
};
