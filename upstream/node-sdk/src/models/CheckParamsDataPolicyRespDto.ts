/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CheckParamsDataPolicyRespDto = {
    /**
     * 数据策略名称校验是否有效
     */
    isValid: boolean;
    /**
     * 数据策略名称校验失败提示信息,如果校验成功, message 不返回
     */
    message?: string;
};
