/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { LangUnit } from './LangUnit';

export type ErrMsgI18nDto = {
    /**
     * 错误信息多语言提示
     */
    errorMessage?: LangUnit;
};
