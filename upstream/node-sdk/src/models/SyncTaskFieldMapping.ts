/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SyncTaskFieldMapping = {
    /**
     * 源字段
     */
    expression: string;
    /**
     * 转换后的字段
     */
    targetKey: string;
};
