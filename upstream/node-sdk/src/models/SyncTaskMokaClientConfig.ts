/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SyncTaskMokaClientConfig = {
    /**
     * User Name
     */
    userName: string;
    /**
     * Ent Code
     */
    entCode: string;
    /**
     * Api Code Employee
     */
    apiCode_employee: string;
    /**
     * Api Code Department
     */
    apiCode_department: string;
    /**
     * Private Key
     */
    privateKey: string;
};
