package cn.chuanyu.training.programme;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The technology-broker (技术经纪人) grade a programme trains for. */
@Schema(
        description = "The technology-broker (技术经纪人) grade a programme trains for",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                        {"zh-CN": {
                          "PRIMARY": "初级",
                          "INTERMEDIATE": "中级",
                          "ADVANCED": "高级"},
                         "en": {
                          "PRIMARY": "Primary",
                          "INTERMEDIATE": "Intermediate",
                          "ADVANCED": "Advanced"}}"""))
public enum BrokerLevel {
    /** 初级 */
    PRIMARY,
    /** 中级 */
    INTERMEDIATE,
    /** 高级 */
    ADVANCED
}
