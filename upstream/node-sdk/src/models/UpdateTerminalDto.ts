/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UpdateTerminalDto = {
    /**
     * 数据行 id，创建设备时返回的 `id`
     */
    id: string;
};
