/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { TreeAuthBo } from './TreeAuthBo';

export type TreeAuthorize = {
    /**
     * 树资源授权列表
     */
    authList: Array<TreeAuthBo>;
};
