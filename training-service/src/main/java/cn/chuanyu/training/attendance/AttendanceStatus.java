package cn.chuanyu.training.attendance;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A trainee's standing at a session. PRESENT and LATE attended (online or offline); EXCUSED and ABSENT did not. Each
 * weighs in the attendance rate as configured ({@link AttendanceWeights}).
 */
@Schema(
        description = "A trainee's standing at a session: PRESENT (出勤), LATE (迟到, checked in after the grace period),"
                + " EXCUSED (请假) or ABSENT (缺勤); each weighs in the attendance rate as configured",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                        {"zh-CN": {
                          "PRESENT": "出勤",
                          "LATE": "迟到",
                          "EXCUSED": "请假",
                          "ABSENT": "缺勤"},
                         "en": {
                          "PRESENT": "Present",
                          "LATE": "Late",
                          "EXCUSED": "Excused",
                          "ABSENT": "Absent"}}"""))
public enum AttendanceStatus {
    PRESENT,
    LATE,
    EXCUSED,
    ABSENT;

    /** Whether the trainee was there, and so attended online or offline. */
    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
