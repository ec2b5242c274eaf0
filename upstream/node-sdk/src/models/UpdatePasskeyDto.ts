/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UpdatePasskeyDto = {
    /**
     * 展示名称
     */
    name: string;
};
