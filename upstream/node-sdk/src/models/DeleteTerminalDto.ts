/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type DeleteTerminalDto = {
    /**
     * 数据行 id，创建设备时返回的 `id`
     */
    id: string;
};
