/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { ListApplicationSubjectDataDto } from './ListApplicationSubjectDataDto';

export type ListApplicationSubjectDataListDto = {
    /**
     * 列表数据
     */
    list: Array<ListApplicationSubjectDataDto>;
};
