/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CountCustomFieldsDto = {
    /**
     * 记录总数
     */
    all: number;
    /**
     * 计数
     */
    userVisible: number;
    /**
     * 计数
     */
    adminVisible: number;
};
