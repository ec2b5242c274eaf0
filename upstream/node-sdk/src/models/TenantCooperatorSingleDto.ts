/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type TenantCooperatorSingleDto = {
    /**
     * 菜单
     */
    list: Array<string>;
    /**
     * 策略
     */
    authorizedPoliciesCode: Array<string>;
};
