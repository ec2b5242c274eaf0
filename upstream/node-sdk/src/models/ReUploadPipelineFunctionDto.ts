/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ReUploadPipelineFunctionDto = {
    /**
     * Pipeline 函数 ID
     */
    funcId: string;
};
