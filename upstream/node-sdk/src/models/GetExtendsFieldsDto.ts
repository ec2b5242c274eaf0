/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { ExtendsFieldDto } from './ExtendsFieldDto';

export type GetExtendsFieldsDto = {
    /**
     * 字段信息列表
     */
    extendsFields?: Array<ExtendsFieldDto>;
};
