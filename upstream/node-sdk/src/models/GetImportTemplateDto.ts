/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 获取导入模板
 */
export type GetImportTemplateDto = {
    /**
     * 功能 id
     */
    modelId?: any;
};
