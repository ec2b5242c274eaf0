/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeletePipelineFunctionDto = {
    /**
     * Pipeline 函数 ID
     */
    funcId: string;
};
