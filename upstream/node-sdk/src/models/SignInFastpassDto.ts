/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { SignInFastpassOptionsDto } from './SignInFastpassOptionsDto';

export type SignInFastpassDto = {
    /**
     * 可选参数
     */
    options?: SignInFastpassOptionsDto;
};
