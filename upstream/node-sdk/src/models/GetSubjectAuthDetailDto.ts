/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 主体授权详情
 */
export type GetSubjectAuthDetailDto = {
    /**
     * 主体 id
     */
    targetId?: any;
    /**
     * 主体类型
     */
    targetType?: any;
    /**
     * 应用 ID
     */
    appId?: any;
};
