/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取通用邀请配置。
 */
export type GetUniversalInvitationSettingsDto = {
    /**
     * 是否获取所选部门的详细信息
     */
    withDepartmentDetail?: any;
};
