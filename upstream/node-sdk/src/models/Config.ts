/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { Option } from './Option';

export type Config = {
    /**
     * 选项列表
     */
    options: Array<Option>;
};
