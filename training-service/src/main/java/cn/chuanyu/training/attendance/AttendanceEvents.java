package cn.chuanyu.training.attendance;

import cn.chuanyu.eventing.outbox.OutgoingEvent;
import cn.chuanyu.training.course.Course;
import cn.chuanyu.training.programme.TrainingProgramme;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The attendance facts this context publishes; their contracts are in event-contracts. */
public final class AttendanceEvents {

    /** On the exams' topic: it says the trainee can no longer be admitted to the exam. */
    public static final String TOPIC = "chuanyu.training.exams";

    public static final String MINIMUM_UNREACHABLE = "cn.chuanyu.training.attendance.minimum-unreachable.v1";

    private AttendanceEvents() {}

    static OutgoingEvent minimumUnreachable(
            AttendanceShortfalls.Shortfall shortfall,
            TrainingProgramme programme,
            Course course,
            BigDecimal minimum,
            Instant now) {
        Map<String, Object> data = new HashMap<>();
        data.put("enrolmentId", shortfall.enrolmentId().toString());
        data.put("programmeId", programme.id.toString());
        data.put("programmeName", programme.name);
        data.put("trainee", Map.of("subject", shortfall.trainee(), "name", shortfall.traineeName()));
        data.put("courseId", course.id.toString());
        data.put("courseTitle", course.title);
        data.put("instructor", course.instructorAccount);
        data.put("sessionsTotal", shortfall.sessionsTotal());
        data.put("sessionsMissed", shortfall.sessionsMissed());
        data.put("bestAchievableRate", shortfall.bestAchievableRate());
        data.put("minimumRate", minimum);
        data.put("detectedAt", now.toString());
        // keyed by enrolment, as the exam results on the same topic: one trainee's facts stay in order
        return new OutgoingEvent(
                TOPIC, MINIMUM_UNREACHABLE, "enrolment", shortfall.enrolmentId().toString(), data);
    }
}
