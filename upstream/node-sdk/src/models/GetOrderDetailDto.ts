/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取当前用户池订单详情
 */
export type GetOrderDetailDto = {
    /**
     * 订单号
     */
    orderNo?: any;
};
