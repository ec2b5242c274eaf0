/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type PublicKeyCredentialRpEntityDto = {
    /**
     * 信赖方 domain
     */
    id: string;
    /**
     * 信赖方名称
     */
    name: string;
};
