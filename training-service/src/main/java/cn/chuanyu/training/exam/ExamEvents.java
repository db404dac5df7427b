package cn.chuanyu.training.exam;

import cn.chuanyu.eventing.outbox.OutgoingEvent;
import cn.chuanyu.training.enrolment.Enrolment;
import java.util.HashMap;
import java.util.Map;

/** The exam facts this context publishes; their contracts are in event-contracts. */
public final class ExamEvents {

    public static final String TOPIC = "chuanyu.training.exams";
    public static final String PASSED = "cn.chuanyu.training.exam.passed.v1";
    public static final String FAILED = "cn.chuanyu.training.exam.failed.v1";

    private ExamEvents() {}

    /** A score recorded: exam.passed.v1 or, with the retakes left, exam.failed.v1. */
    static OutgoingEvent scored(ExamResult result, ExamSitting sitting, Enrolment enrolment, int retakesLeft) {
        Map<String, Object> data = new HashMap<>();
        data.put("resultId", result.id.toString());
        data.put("sittingId", sitting.id.toString());
        data.put("programmeId", sitting.programmeId.toString());
        data.put("enrolmentId", enrolment.id.toString());
        data.put("trainee", Map.of("subject", enrolment.trainee, "name", enrolment.traineeName));
        data.put("score", result.score);
        data.put("passMark", sitting.passMark);
        data.put("attempt", result.attempt);
        data.put("recordedAt", result.recordedAt.toString());
        data.put("recordedBy", result.recordedBy);
        if (!result.passed) {
            data.put("retakesLeft", retakesLeft);
        }
        // keyed by enrolment: one trainee's attempts stay in order
        return new OutgoingEvent(TOPIC, result.passed ? PASSED : FAILED, "enrolment", enrolment.id.toString(), data);
    }
}
