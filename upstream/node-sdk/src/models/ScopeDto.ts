/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ScopeDto = {
    /**
     * 功能 id
     */
    modelId: string;
    /**
     * 行 id
     */
    id: string;
    /**
     * 字段 id
     */
    fieldId: string;
};
