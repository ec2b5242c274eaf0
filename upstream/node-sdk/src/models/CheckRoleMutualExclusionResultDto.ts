/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CheckRoleMutualExclusionResultDto = {
    /**
     * 角色列表中是否存在互斥关系
     */
    existMutuallyExclusive: boolean;
};
