/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { TreeStructs } from './TreeStructs';

export type TreeResourceAuthAction = {
    /**
     * 树结构节点列表
     */
    nodeAuthActionList?: Array<TreeStructs>;
};
