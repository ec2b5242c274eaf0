/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type EmailTemplateCategoryDto = {
    /**
     * 类别名称
     */
    title: string;
    /**
     * 类别英文名称
     */
    titleEn: string;
    /**
     * 描述
     */
    desc: string;
    /**
     * 英文描述
     */
    descEn: string;
};
