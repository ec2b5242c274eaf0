/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type Option = {
    /**
     * 值
     */
    value: string;
};
