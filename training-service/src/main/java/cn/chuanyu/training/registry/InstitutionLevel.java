package cn.chuanyu.training.registry;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who recognised a technology-transfer demonstration institution (技术转移示范机构). */
@Schema(
        description = "Who recognised a technology-transfer demonstration institution (技术转移示范机构): the nation or "
                + "the municipality (province)",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                        {"zh-CN": {
                          "NATIONAL": "国家级",
                          "MUNICIPAL": "市级"},
                         "en": {
                          "NATIONAL": "National",
                          "MUNICIPAL": "Municipal"}}"""))
public enum InstitutionLevel {
    /** 国家级 */
    NATIONAL,
    /** 市级 (省级) */
    MUNICIPAL
}
