/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type FunctionModelFieldIdDto = {
    /**
     * 功能 id
     */
    modelId: string;
    /**
     * 功能字段 id
     */
    id: string;
};
