package cn.chuanyu.training.attendance;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a trainee attended a session: 线上 or 线下 (an offline session may be followed online). */
@Schema(
        description = "How a trainee attended a session: online (线上) or offline (线下); an offline session may be "
                + "followed online",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                        {"zh-CN": {
                          "ONLINE": "线上",
                          "OFFLINE": "线下"},
                         "en": {
                          "ONLINE": "Online",
                          "OFFLINE": "Offline"}}"""))
public enum AttendanceMode {
    ONLINE,
    OFFLINE
}
