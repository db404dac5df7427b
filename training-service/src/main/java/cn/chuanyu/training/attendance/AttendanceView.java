package cn.chuanyu.training.attendance;

import java.time.Instant;
import java.util.UUID;

/** One trainee present at a session. */
public record AttendanceView(
        UUID sessionId, UUID enrolmentId, String trainee, AttendanceMode mode, String recordedBy, Instant recordedAt) {
    static AttendanceView of(Attendance a) {
        return new AttendanceView(a.sessionId, a.enrolmentId, a.trainee, a.mode, a.recordedBy, a.recordedAt);
    }
}
