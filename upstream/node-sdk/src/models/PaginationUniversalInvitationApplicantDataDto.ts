/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { UniversalInvitationApplicantData } from './UniversalInvitationApplicantData';

export type PaginationUniversalInvitationApplicantDataDto = {
    /**
     * 记录总数
     */
    totalCount: number;
    /**
     * 响应数据
     */
    list: Array<UniversalInvitationApplicantData>;
};
