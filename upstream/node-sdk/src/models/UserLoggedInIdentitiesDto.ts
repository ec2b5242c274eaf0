/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UserLoggedInIdentitiesDto = {
    /**
     * Identity ID
     */
    identityId: string;
    /**
     * 身份源名称
     */
    idpName: string;
    /**
     * Identity provider name
     */
    idpNameEn: string;
    /**
     * 身份源 logo
     */
    idpLogo: string;
    /**
     * 身份源 id
     */
    idpId: string;
};
