/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteDeviceExclusiveValidScopeSettingsByIdsDto = {
    /**
     * 应用 ID
     */
    appId: string;
};
