package cn.chuanyu.training.registry;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The two sides of the programme: 四川 and 重庆. */
@Schema(
        description = "The two sides of the programme: Sichuan (四川) and Chongqing (重庆)",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                        {"zh-CN": {
                          "SICHUAN": "四川",
                          "CHONGQING": "重庆"},
                         "en": {
                          "SICHUAN": "Sichuan",
                          "CHONGQING": "Chongqing"}}"""))
public enum Region {
    SICHUAN,
    CHONGQING
}
