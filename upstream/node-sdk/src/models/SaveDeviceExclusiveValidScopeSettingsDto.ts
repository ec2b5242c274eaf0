/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SaveDeviceExclusiveValidScopeSettingsDto = {
    /**
     * 应用列表
     */
    appIds: Array<string>;
};
