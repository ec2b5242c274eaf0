/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取数据策略详情，通过数据策略 ID 获取对应数据策略信息,包含数据策略 ID、数据策略名称、数据策略描述、数据策略下所有的数据权限列表等信息。
 */
export type GetDataPolicyDto = {
    /**
     * 数据策略 ID
     */
    policyId?: any;
};
