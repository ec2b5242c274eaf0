/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CommonUserDto = {
    /**
     * ID
     */
    id: string;
    /**
     * 显示名称
     */
    displayName?: string;
    /**
     * 头像链接
     */
    photo?: string;
};
