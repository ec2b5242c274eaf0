/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type IsActionAllowedDataDto = {
    /**
     * 是否允许
     */
    allowed: boolean;
};
