/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UpdateAuthEnabledDto = {
    /**
     * 授权是否生效开关,
     */
    enabled: boolean;
    /**
     * 授权 ID
     */
    id: string;
};
