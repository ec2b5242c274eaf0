/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DropDownItemDto = {
    /**
     * 选项 id
     */
    key: string;
    /**
     * 选项名称
     */
    label: string;
};
