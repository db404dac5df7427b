package cn.chuanyu.training.attendance;

import cn.chuanyu.training.enrolment.Enrolment;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The instructor's live list of a session: who has checked in (latest first), who not yet. */
@Schema(description = "A session's check-in so far: who has checked in or been recorded, and who not yet")
public record CheckInRoll(
        @Schema(description = "the session") UUID sessionId,

        @Schema(description = "trainees enrolled (ENROLLED) in the programme", example = "160")
        int enrolled,

        @Schema(description = "the records of the session, latest first (at most the programme's enrolled trainees)")
        List<AttendanceView> recorded,

        @Schema(description = "enrolled trainees without a record yet, by account")
        List<Pending> notYet) {

    @Schema(description = "An enrolled trainee who has not checked in yet")
    public record Pending(
            @Schema(description = "the trainee's enrolment") UUID enrolmentId,

            @Schema(description = "the trainee's account", example = "zhangsan")
            String trainee,

            @Schema(description = "the trainee's name as enrolled", example = "张三")
            String traineeName) {}

    static CheckInRoll of(UUID sessionId, List<Enrolment> enrolled, List<Attendance> records) {
        Map<UUID, Attendance> byEnrolment =
                records.stream().collect(Collectors.toMap(a -> a.enrolmentId, Function.identity()));
        return new CheckInRoll(
                sessionId,
                enrolled.size(),
                records.stream()
                        .sorted(Comparator.comparing((Attendance a) -> a.recordedAt)
                                .reversed()
                                .thenComparing(a -> a.trainee))
                        .map(AttendanceView::of)
                        .toList(),
                enrolled.stream()
                        .filter(e -> !byEnrolment.containsKey(e.id))
                        .map(e -> new Pending(e.id, e.trainee, e.traineeName))
                        .toList());
    }
}
