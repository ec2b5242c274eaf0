/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CreateOrUpdateGroupReqDto = {
    /**
     * 分组类型
     */
    type: string;
    /**
     * 分组描述
     */
    description: string;
    /**
     * 分组名称
     */
    name: string;
    /**
     * 分组 code
     */
    code: string;
};
