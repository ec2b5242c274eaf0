/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { LanguageCoinfigGlobalDto } from './LanguageCoinfigGlobalDto';

export type LanguageCoinfigDto = {
    global: LanguageCoinfigGlobalDto;
};
