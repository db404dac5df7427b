package cn.chuanyu.training.exam;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A trainee's score at a sitting, passed or not. */
@Schema(description = "A trainee's score at a sitting: their n-th attempt, passed or not")
public record ResultView(
        @Schema(description = "the result's id") UUID id,

        @Schema(description = "the sitting (GET /api/training/exams/{id})")
        UUID sittingId,

        @Schema(description = "the sitting's programme") UUID programmeId,

        @Schema(description = "the trainee's enrolment (GET /api/training/enrolments/{id})")
        UUID enrolmentId,

        @Schema(description = "the trainee's account (token subject name)", example = "zhangsan")
        String trainee,

        @Schema(description = "the score out of 100, one decimal", example = "86.5")
        BigDecimal score,

        @Schema(description = "whether the score reaches the sitting's pass mark")
        boolean passed,

        @Schema(description = "1 for the first sitting, 2 for the first retake, ...", example = "1")
        int attempt,

        @Schema(description = "the examiner's account", example = "instructor")
        String recordedBy,

        @Schema(description = "when the score was recorded (UTC)")
        Instant recordedAt) {
    static ResultView of(ExamResult r) {
        return new ResultView(
                r.id,
                r.sittingId,
                r.programmeId,
                r.enrolmentId,
                r.trainee,
                r.score,
                r.passed,
                r.attempt,
                r.recordedBy,
                r.recordedAt);
    }
}
