/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UploadDto = {
    /**
     * 上传的目录
     */
    folder?: string;
    /**
     * 是否为私有资源
     */
    isPrivate?: boolean;
};
