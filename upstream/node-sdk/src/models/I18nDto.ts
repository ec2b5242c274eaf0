/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { LangObject } from './LangObject';

export type I18nDto = {
    /**
     * 支持多语言的字段
     */
    name: LangObject;
};
