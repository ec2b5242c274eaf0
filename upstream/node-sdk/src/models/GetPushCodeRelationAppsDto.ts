/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GetPushCodeRelationAppsDto = {
    /**
     * 发起推送登录的应用 ID
     */
    appId: string;
    /**
     * 推送码（推送登录唯一 ID）
     */
    pushCodeId: string;
};
