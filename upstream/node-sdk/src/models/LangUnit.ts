/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type LangUnit = {
    /**
     * 是否已开启。若开启，且控制台选择该语言，则展示该内容。（默认关闭）
     */
    enabled: boolean;
    /**
     * 多语言内容
     */
    value: string;
};
