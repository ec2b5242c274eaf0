/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { Any } from './Any';

export type TriggerWebhookData = {
    /**
     * 原来接口返回的 response 数据
     */
    response: Any;
};
