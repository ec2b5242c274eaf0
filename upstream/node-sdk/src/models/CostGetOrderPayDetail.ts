/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type CostGetOrderPayDetail = {
    /**
     * 订单号
     */
    orderNo: string;
    /**
     * 渠道订单号
     */
    channelOrderNo: string;
    /**
     * 渠道订单号
     */
    paidAmount: string;
    /**
     * 支付时间
     */
    paidTime: string;
    /**
     * 支付账号
     */
    paidAccountNo: string;
    /**
     * 支付状态
     */
    payStatus: string;
    /**
     * 创建时间
     */
    createTime: string;
    /**
     * 支付方式
     */
    payType: string;
};
