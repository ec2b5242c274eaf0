/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type GeoIpLocation = {
    /**
     * 经度
     */
    lon: number;
    /**
     * 纬度
     */
    lat: number;
};
