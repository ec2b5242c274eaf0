/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CustomFieldSelectOption = {
    /**
     * 枚举值 value
     */
    value: string;
    /**
     * 枚举值 label
     */
    label: string;
};
