/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GetRelationInfoDto = {
    /**
     * 关联 id 列表
     */
    idList: Array<string>;
    /**
     * 功能 id
     */
    modelId: string;
};
