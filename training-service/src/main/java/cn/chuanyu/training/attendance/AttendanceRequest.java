package cn.chuanyu.training.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "Trainees' standing at a session: present or late (online or offline), excused or absent; "
                + "recording one again updates its status, mode and note",
        example = """
        {"attendees": [{"enrolmentId": "0f3c2a1e-8b7d-4c6e-9a5f-1d2e3f4a5b6c", "mode": "OFFLINE"},
                       {"enrolmentId": "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d", "status": "LATE", "mode": "ONLINE"},
                       {"enrolmentId": "2c1d0e9f-8a7b-4c6d-9e5f-4a3b2c1d0e9f", "status": "EXCUSED", "note": "病假"}]}""")
public record AttendanceRequest(
        @Schema(description = "1 to 500 trainees, each listed once") @NotEmpty @Size(max = 500)
        List<@Valid @NotNull Attendee> attendees) {

    @Schema(description = "One trainee's standing at the session")
    public record Attendee(
            @Schema(description = "the enrolment of a trainee enrolled (ENROLLED) in the session's programme") @NotNull
            UUID enrolmentId,

            @Schema(
                    nullable = true,
                    description = "the trainee's standing; PRESENT when left out",
                    defaultValue = "PRESENT")
            AttendanceStatus status,

            @Schema(
                    nullable = true,
                    description = "how the trainee attended: required when PRESENT or LATE, left out when EXCUSED or "
                            + "ABSENT (invalid-attendance-mode otherwise)")
            AttendanceMode mode,

            @Schema(
                    nullable = true,
                    description = "备注: a note, e.g. why the trainee was excused; blank or absent for none; "
                            + "recording the trainee again replaces it",
                    example = "病假，已提交请假条")
            @Size(max = NOTE_MAX)
            String note) {

        public static final int NOTE_MAX = 500;

        /** A trainee present, attending as {@code mode}. */
        public Attendee(UUID enrolmentId, AttendanceMode mode) {
            this(enrolmentId, AttendanceStatus.PRESENT, mode, null);
        }

        /** A trainee's standing without a note. */
        public Attendee(UUID enrolmentId, AttendanceStatus status, AttendanceMode mode) {
            this(enrolmentId, status, mode, null);
        }

        AttendanceStatus standing() {
            return status == null ? AttendanceStatus.PRESENT : status;
        }
    }
}
