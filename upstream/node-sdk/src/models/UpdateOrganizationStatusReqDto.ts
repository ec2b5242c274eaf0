/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UpdateOrganizationStatusReqDto = {
    /**
     * 组织 id
     */
    rootNodeId: string;
    /**
     * 状态
     */
    status?: string;
};
