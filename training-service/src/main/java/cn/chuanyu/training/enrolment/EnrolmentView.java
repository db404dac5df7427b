package cn.chuanyu.training.enrolment;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An enrolment as its trainee, administrators and the programme's instructors see it. */
@Schema(description = "A trainee's place (or place on the waiting list) in a programme")
public record EnrolmentView(
        @Schema(description = "the enrolment's id") UUID id,

        @Schema(description = "the programme (GET /api/training/programmes/{id})")
        UUID programmeId,

        @Schema(description = "the trainee's account (token subject name)", example = "zhangsan")
        String trainee,

        @Schema(description = "the trainee's name as it is printed on the certificate", example = "张三")
        String traineeName,

        @Schema(nullable = true, description = "工作单位; null if not given", example = "重庆大学科技成果转化中心")
        String organisation,

        @Schema(description = "where the trainee stands") EnrolmentStatus status,

        @Schema(
                nullable = true,
                description = "1 for the first of the waiting list; null unless WAITLISTED",
                example = "1")
        Long waitingPosition,

        @Schema(description = "when the trainee asked to enrol (UTC)")
        Instant requestedAt,

        @Schema(nullable = true, description = "when the trainee got a place (UTC); null while never ENROLLED")
        Instant enrolledAt,

        @Schema(nullable = true, description = "when the trainee withdrew (UTC); null unless WITHDRAWN")
        Instant withdrawnAt,

        @Schema(
                nullable = true,
                description = "the account that withdrew the enrolment (the trainee or an administrator); null unless "
                        + "WITHDRAWN",
                example = "zhangsan")
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
