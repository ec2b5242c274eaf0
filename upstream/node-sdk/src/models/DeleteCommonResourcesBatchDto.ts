/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteCommonResourcesBatchDto = {
    /**
     * 资源 id 列表
     */
    ids: Array<string>;
};
