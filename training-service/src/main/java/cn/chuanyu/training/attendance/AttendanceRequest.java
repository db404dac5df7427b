package cn.chuanyu.training.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "Trainees present at a session, each online or offline; recording one again updates its mode",
        example = """
        {"attendees": [{"enrolmentId": "0f3c2a1e-8b7d-4c6e-9a5f-1d2e3f4a5b6c", "mode": "OFFLINE"},
                       {"enrolmentId": "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d", "mode": "ONLINE"}]}""")
public record AttendanceRequest(
        @Schema(description = "1 to 500 trainees present, each listed once") @NotEmpty @Size(max = 500)
        List<@Valid @NotNull Attendee> attendees) {

    @Schema(description = "One trainee present at the session")
    public record Attendee(
            @Schema(description = "the enrolment of a trainee enrolled (ENROLLED) in the session's programme") @NotNull
            UUID enrolmentId,

            @Schema(description = "how the trainee attended") @NotNull
            AttendanceMode mode) {}
}
