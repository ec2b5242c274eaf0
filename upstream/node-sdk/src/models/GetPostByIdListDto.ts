/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GetPostByIdListDto = {
    /**
     * 部门 id 列表
     */
    idList?: string;
    /**
     * 是否获取自定义数据
     */
    withCustomData?: boolean;
};
