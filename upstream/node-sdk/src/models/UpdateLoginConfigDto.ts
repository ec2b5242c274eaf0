/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { UpdateLoginConfig } from './UpdateLoginConfig';

export type UpdateLoginConfigDto = {
    /**
     * 应用登录配置更新内容
     */
    update: UpdateLoginConfig;
};
