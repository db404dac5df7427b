package cn.chuanyu.training.attendance;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One trainee's standing at a session. */
@Schema(description = "One trainee's standing at a session (no record counts as absent)")
public record AttendanceView(
        @Schema(description = "the session (GET /api/training/courses/{courseId}/sessions lists them)")
        UUID sessionId,

        @Schema(description = "the trainee's enrolment (GET /api/training/enrolments/{id})")
        UUID enrolmentId,

        @Schema(description = "the trainee's account (token subject name)", example = "zhangsan")
        String trainee,

        @Schema(description = "the trainee's standing") AttendanceStatus status,

        @Schema(nullable = true, description = "how the trainee attended; null unless PRESENT or LATE")
        AttendanceMode mode,

        @Schema(nullable = true, description = "备注: the note recorded with it; null for none", example = "病假")
        String note,

        @Schema(
                description = "the account that recorded it last: the trainee's own when they checked in",
                example = "instructor")
        String recordedBy,

        @Schema(description = "when it was recorded last (UTC)")
        Instant recordedAt) {
    static AttendanceView of(Attendance a) {
        return new AttendanceView(
                a.sessionId, a.enrolmentId, a.trainee, a.status, a.mode, a.note, a.recordedBy, a.recordedAt);
    }
}
