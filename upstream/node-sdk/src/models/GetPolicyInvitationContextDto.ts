/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取邀请注册上下文数据
 */
export type GetPolicyInvitationContextDto = {
    /**
     * 受邀人注册凭证
     */
    token?: any;
};
