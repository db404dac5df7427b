package cn.chuanyu.training.attendance;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One trainee present at a session. */
@Schema(description = "One trainee present at a session (absence is the lack of a record)")
public record AttendanceView(
        @Schema(description = "the session attended (GET /api/training/courses/{courseId}/sessions lists them)")
        UUID sessionId,

        @Schema(description = "the trainee's enrolment (GET /api/training/enrolments/{id})")
        UUID enrolmentId,

        @Schema(description = "the trainee's account (token subject name)", example = "zhangsan")
        String trainee,

        @Schema(description = "how the trainee attended") AttendanceMode mode,

        @Schema(description = "the account that recorded it last", example = "instructor")
        String recordedBy,

        @Schema(description = "when it was recorded last (UTC)")
        Instant recordedAt) {
    static AttendanceView of(Attendance a) {
        return new AttendanceView(a.sessionId, a.enrolmentId, a.trainee, a.mode, a.recordedBy, a.recordedAt);
    }
}
