package cn.chuanyu.training.registry;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The four kinds of technology contract (技术合同) through which research results are transferred. */
@Schema(
        description =
                "The four kinds of technology contract (技术合同) through which research results are " + "transferred",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                        {"zh-CN": {
                          "DEVELOPMENT": "技术开发",
                          "TRANSFER": "技术转让",
                          "SERVICE": "技术服务",
                          "CONSULTING": "技术咨询"},
                         "en": {
                          "DEVELOPMENT": "Technology development",
                          "TRANSFER": "Technology transfer",
                          "SERVICE": "Technology service",
                          "CONSULTING": "Technology consulting"}}"""))
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
