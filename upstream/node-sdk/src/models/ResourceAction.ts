/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ResourceAction = {
    /**
     * 资源操作名称
     */
    name: string;
    /**
     * 资源操作描述
     */
    description: string;
};
