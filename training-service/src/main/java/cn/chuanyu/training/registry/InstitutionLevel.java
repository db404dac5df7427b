package cn.chuanyu.training.registry;

/** Who recognised a technology-transfer demonstration institution (技术转移示范机构). */
public enum InstitutionLevel {
    /** 国家级 */
    NATIONAL,
    /** 市级 (省级) */
    MUNICIPAL
}
