package cn.chuanyu.training.course;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How one course is taught: 线上 or 线下. */
@Schema(
        description = "How one course is taught: online (线上) or offline (线下)",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                        {"zh-CN": {
                          "ONLINE": "线上",
                          "OFFLINE": "线下"},
                         "en": {
                          "ONLINE": "Online",
                          "OFFLINE": "Offline"}}"""))
public enum CourseMode {
    ONLINE,
    OFFLINE
}
