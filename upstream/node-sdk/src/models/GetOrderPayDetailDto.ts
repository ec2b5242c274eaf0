/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取当前用户池订单支付明细
 */
export type GetOrderPayDetailDto = {
    /**
     * 订单号
     */
    orderNo?: any;
};
