/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GetPushCodeRelationAppsDataDto = {
    /**
     * 发起推送登录的应用关联的客户端应用数据
     */
    appIds?: Array<string>;
};
