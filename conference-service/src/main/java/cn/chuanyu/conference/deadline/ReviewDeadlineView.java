package cn.chuanyu.conference.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A conference's review deadline", example = """
        {"conferenceId": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "dueOn": "2020-11-28", "reminderDays": 3,
         "setAt": "2020-11-01T02:00:00Z"}""")
public record ReviewDeadlineView(
        @Schema(description = "the conference's id") UUID conferenceId,

        @Schema(description = "the last day reviews are due (China's date, inclusive)")
        LocalDate dueOn,

        @Schema(description = "how many days before it reviewers without a review are reminded")
        int reminderDays,

        @Schema(description = "when it was last set") Instant setAt) {

    static ReviewDeadlineView of(ReviewDeadline deadline, int reminderDays) {
        return new ReviewDeadlineView(deadline.conferenceId, deadline.dueOn, reminderDays, deadline.setAt);
    }
}
