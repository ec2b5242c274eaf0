/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { SetUserBaseFieldDto } from './SetUserBaseFieldDto';

export type SetUserBaseFieldsReqDto = {
    /**
     * 自定义字段列表
     */
    list: Array<SetUserBaseFieldDto>;
};
