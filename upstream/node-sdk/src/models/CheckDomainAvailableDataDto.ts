/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CheckDomainAvailableDataDto = {
    /**
     * 是否可用
     */
    available: boolean;
};
