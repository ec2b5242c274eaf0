/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type RolesDto = {
    /**
     * 用户描述
     */
    description: string;
    /**
     * 用户识别码，权限组下唯一
     */
    code: string;
    /**
     * 权限分组
     */
    namespace: string;
};
