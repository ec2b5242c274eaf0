/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type HasAnyRoleDto = {
    /**
     * 是否拥有其中某一个角色
     */
    hasAnyRole: boolean;
};
