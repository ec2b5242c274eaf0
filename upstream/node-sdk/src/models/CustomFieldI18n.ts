/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { LangObject } from './LangObject';

export type CustomFieldI18n = {
    /**
     * 支持多语言的字段
     */
    label: LangObject;
};
