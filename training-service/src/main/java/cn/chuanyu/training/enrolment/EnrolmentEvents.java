package cn.chuanyu.training.enrolment;

import cn.chuanyu.eventing.outbox.OutgoingEvent;
import cn.chuanyu.training.programme.TrainingProgramme;
import java.util.Map;

/** The enrolment facts this context publishes; their contracts are in event-contracts. */
public final class EnrolmentEvents {

    public static final String TOPIC = "chuanyu.training.enrolments";
    public static final String ENROLLED = "cn.chuanyu.training.trainee.enrolled.v1";
    public static final String WITHDRAWN = "cn.chuanyu.training.trainee.withdrawn.v1";
    private static final String AGGREGATE = "enrolment";

    private EnrolmentEvents() {}

    static OutgoingEvent enrolled(Enrolment e, TrainingProgramme programme, boolean fromWaitingList) {
        return new OutgoingEvent(
                TOPIC,
                ENROLLED,
                AGGREGATE,
                e.id.toString(),
                Map.of(
                        "enrolmentId",
                        e.id.toString(),
                        "programmeId",
                        e.programmeId.toString(),
                        "programmeName",
                        programme.name,
                        "trainee",
                        trainee(e),
                        "enrolledAt",
                        e.enrolledAt.toString(),
                        "fromWaitingList",
                        fromWaitingList));
    }

    static OutgoingEvent withdrawn(Enrolment e, EnrolmentStatus previous) {
        return new OutgoingEvent(
                TOPIC,
                WITHDRAWN,
                AGGREGATE,
                e.id.toString(),
                Map.of(
                        "enrolmentId",
                        e.id.toString(),
                        "programmeId",
                        e.programmeId.toString(),
                        "trainee",
                        trainee(e),
                        "previousStatus",
                        previous.name(),
                        "withdrawnAt",
                        e.withdrawnAt.toString(),
                        "withdrawnBy",
                        e.withdrawnBy));
    }

    private static Map<String, String> trainee(Enrolment e) {
        return Map.of("subject", e.trainee, "name", e.traineeName);
    }
}
