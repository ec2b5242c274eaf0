/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type NodeBo = {
    /**
     * 组织机构 id
     */
    nodeId: string;
    /**
     * 组织机构名称
     */
    nodeName: string;
    /**
     * 组织机构 Code
     */
    nodeCode: string;
};
