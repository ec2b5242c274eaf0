/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteGroupsReqDto = {
    /**
     * 分组 code 列表
     */
    codeList: Array<string>;
};
