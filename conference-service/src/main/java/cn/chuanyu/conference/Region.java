package cn.chuanyu.conference;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an author, institution or sought partner is: the programme counts Sichuan–Chongqing ties. */
@Schema(
        description = "Where a person, institution or sought partner is: Sichuan, Chongqing or elsewhere",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"SICHUAN": "四川", "CHONGQING": "重庆", "OTHER": "其他地区"},
                 "en": {"SICHUAN": "Sichuan", "CHONGQING": "Chongqing", "OTHER": "Elsewhere"}}"""))
public enum Region {
    /** 四川 */
    SICHUAN,
    /** 重庆 */
    CHONGQING,
    /** anywhere else */
    OTHER
}
