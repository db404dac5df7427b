package cn.chuanyu.training.exam;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A trainee's scores, attendance rate and whether they may sit (again). */
public record StandingView(
        UUID enrolmentId,
        UUID programmeId,
        String trainee,
        String traineeName,
        BigDecimal attendanceRate,
        BigDecimal minimumAttendanceRate,
        boolean eligible,
        int attemptsUsed,
        int attemptsAllowed,
        boolean passed,
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
