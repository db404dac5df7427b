package cn.chuanyu.training.programme;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a programme is taught: 线上, 线下, or both (线上+线下). */
@Schema(
        description = "How a programme is taught: online (线上), offline (线下), or both (线上+线下)",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                        {"zh-CN": {
                          "ONLINE": "线上",
                          "OFFLINE": "线下",
                          "BLENDED": "线上+线下"},
                         "en": {
                          "ONLINE": "Online",
                          "OFFLINE": "Offline",
                          "BLENDED": "Online and offline"}}"""))
public enum TeachingMode {
    ONLINE,
    OFFLINE,
    BLENDED
}
