/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type RemovePostDto = {
    /**
     * 分组 code
     */
    code: string;
};
