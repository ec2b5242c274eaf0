/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type FunctionModelIdDto = {
    /**
     * 功能 id 可以从控制台页面获取
     */
    id: string;
};
