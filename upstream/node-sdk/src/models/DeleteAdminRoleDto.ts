/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteAdminRoleDto = {
    /**
     * 角色 code 列表
     */
    codeList: Array<string>;
};
