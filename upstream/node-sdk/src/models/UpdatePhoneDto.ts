/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UpdatePhoneDto = {
    /**
     * 用于临时修改手机号的 token，可从**发起修改手机号的验证请求**接口获取。
     */
    updatePhoneToken: string;
};
