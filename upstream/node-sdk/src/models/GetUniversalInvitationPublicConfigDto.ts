/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取通用邀请公共配置。
 */
export type GetUniversalInvitationPublicConfigDto = {
    /**
     * 邀请链接唯一标识
     */
    identifier?: any;
};
