/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { LangUnit } from './LangUnit';

export type LangObject = {
    /**
     * 多语言的中文内容
     */
    'zh-CN': LangUnit;
    /**
     * 多语言的英文内容
     */
    'en-US': LangUnit;
    /**
     * 多语言的繁体中文内容
     */
    'zh-TW': LangUnit;
    /**
     * 多语言的日语内容
     */
    'ja-JP': LangUnit;
};
