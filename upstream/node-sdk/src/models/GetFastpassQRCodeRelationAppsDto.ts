/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { FastpassQRCodeRelationAppDto } from './FastpassQRCodeRelationAppDto';

export type GetFastpassQRCodeRelationAppsDto = {
    /**
     * 关联的客户端应用信息
     */
    relationApps?: Array<FastpassQRCodeRelationAppDto>;
};
