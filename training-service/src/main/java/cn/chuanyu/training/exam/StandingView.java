package cn.chuanyu.training.exam;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A trainee's scores, attendance rate and whether they may sit (again). */
@Schema(description = "A trainee's scores, attendance rate and whether they may sit (again)")
public record StandingView(
        @Schema(description = "the trainee's enrolment") UUID enrolmentId,
        @Schema(description = "the enrolment's programme") UUID programmeId,

        @Schema(description = "the trainee's account (token subject name)", example = "zhangsan")
        String trainee,

        @Schema(description = "the trainee's name as enrolled", example = "张三")
        String traineeName,

        @Schema(
                description = "sessions attended out of the programme's sessions held so far, 4 decimals",
                example = "0.8750")
        BigDecimal attendanceRate,

        @Schema(description = "the rate needed to sit (chuanyu.training.exam.min-attendance-rate)", example = "0.8")
        BigDecimal minimumAttendanceRate,

        @Schema(description = "enrolled, not passed, an attempt left and attendance high enough")
        boolean eligible,

        @Schema(description = "sittings scored so far", example = "1")
        int attemptsUsed,

        @Schema(description = "the first sitting and the retakes allowed", example = "2")
        int attemptsAllowed,

        @Schema(description = "whether one of the results passed")
        boolean passed,

        @Schema(description = "the results in order of attempt (at most attemptsAllowed)")
        List<ResultView> results) {
    static StandingView of(Exams.Standing s) {
        return new StandingView(
                s.enrolmentId(),
                s.programmeId(),
                s.trainee(),
                s.traineeName(),
                s.attendanceRate(),
                s.minimumAttendanceRate(),
                s.eligible(),
                s.attemptsUsed(),
                s.attemptsAllowed(),
                s.passed(),
                s.results().stream().map(ResultView::of).toList());
    }
}
