/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { PreviewEmailTemplateDataDto } from './PreviewEmailTemplateDataDto';

export type PreviewEmailTemplateRespDto = {
    /**
     * 响应数据
     */
    data: PreviewEmailTemplateDataDto;
};
