/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type ArrayOrStringActionDto = {
    /**
     * 数据资源策略节点 action 动作
     */
    action: string;
    /**
     * 数据资源策略节点是否开启动作
     */
    enabled: boolean;
};
