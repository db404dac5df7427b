package cn.chuanyu.training.registry;

/** The four kinds of technology contract (技术合同) through which research results are transferred. */
public enum ContractType {
    /** 技术开发 */
    DEVELOPMENT,
    /** 技术转让 */
    TRANSFER,
    /** 技术服务 */
    SERVICE,
    /** 技术咨询 */
    CONSULTING
}
