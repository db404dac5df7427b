package cn.chuanyu.training.enrolment;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An enrolment as its trainee, administrators and the programme's instructors see it. */
public record EnrolmentView(
        UUID id,
        UUID programmeId,
        String trainee,
        String traineeName,
        String organisation,
        EnrolmentStatus status,

        @Schema(description = "1 for the first of the waiting list; absent unless WAITLISTED")
        Long waitingPosition,

        Instant requestedAt,
        Instant enrolledAt,
        Instant withdrawnAt,
        String withdrawnBy) {

    static EnrolmentView of(Enrolment e, Long waitingPosition) {
        return new EnrolmentView(
                e.id,
                e.programmeId,
                e.trainee,
                e.traineeName,
                e.organisation,
                e.status,
                waitingPosition,
                e.requestedAt,
                e.enrolledAt,
                e.withdrawnAt,
                e.withdrawnBy);
    }
}
