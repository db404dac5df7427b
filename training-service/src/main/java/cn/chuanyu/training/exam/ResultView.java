package cn.chuanyu.training.exam;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A trainee's score at a sitting, passed or not. */
public record ResultView(
        UUID id,
        UUID sittingId,
        UUID enrolmentId,
        String trainee,
        BigDecimal score,
        boolean passed,
        int attempt,
        String recordedBy,
        Instant recordedAt) {
    static ResultView of(ExamResult r) {
        return new ResultView(
                r.id, r.sittingId, r.enrolmentId, r.trainee, r.score, r.passed, r.attempt, r.recordedBy, r.recordedAt);
    }
}
