/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type RestFactorDto = {
    /**
     * MFA 认证要素 ID
     */
    factorId: string;
};
