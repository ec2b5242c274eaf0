/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GoodsPackageDto = {
    /**
     * 套餐包名称 name
     */
    name: string;
    /**
     * 套餐包名称 nameEn
     */
    nameEn: string;
    /**
     * 套餐包单价
     */
    unitPrice: string;
    /**
     * 套餐包编码 code
     */
    code: string;
    /**
     * 套餐包版本
     */
    group: string;
    /**
     * 套餐包场景编码
     */
    sceneCode: string;
    /**
     * 套餐包 MAU 数量
     */
    amount: string;
};
