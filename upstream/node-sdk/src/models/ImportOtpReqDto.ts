/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { ImportOtpItemDto } from './ImportOtpItemDto';

export type ImportOtpReqDto = {
    /**
     * 参数列表
     */
    list: Array<ImportOtpItemDto>;
};
