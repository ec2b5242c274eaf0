/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type FunctionModelOperateIdDto = {
    /**
     * 执行时自定义参数
     */
    customConfig: any;
    /**
     * 功能 id
     */
    modelId: string;
    /**
     * 自定义操作 id
     */
    id: string;
    /**
     * 字段 id
     */
    fieldId?: string;
};
