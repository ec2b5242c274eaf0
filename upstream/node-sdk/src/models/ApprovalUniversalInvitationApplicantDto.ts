/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ApprovalUniversalInvitationApplicantDto = {
    /**
     * 通用邀请的申请 ID
     */
    applicantIds: Array<string>;
};
