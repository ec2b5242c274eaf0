/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 此接口用于获取发起支付宝认证需要的[初始化参数 AuthInfo](https://opendocs.alipay.com/open/218/105325)。
 */
export type GetAlipayAuthinfoDto = {
    /**
     * 外部身份源连接标志符
     */
    extIdpConnidentifier?: any;
};
