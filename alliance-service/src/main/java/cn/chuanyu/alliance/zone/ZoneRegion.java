package cn.chuanyu.alliance.zone;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The province-level region a zone lies in: 四川 or 重庆. */
@Schema(
        description = "The province-level region a zone lies in: SICHUAN 四川, CHONGQING 重庆",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"SICHUAN": "四川", "CHONGQING": "重庆"},
                 "en": {"SICHUAN": "Sichuan", "CHONGQING": "Chongqing"}}"""))
public enum ZoneRegion {
    SICHUAN,
    CHONGQING
}
