/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type Expand = {
    /**
     * 关联的字段 key
     */
    field: string;
    /**
     * 展开哪些关联字段
     */
    select: Array<string>;
};
