package cn.chuanyu.training;

import cn.chuanyu.training.attendance.AttendanceMode;
import cn.chuanyu.training.attendance.AttendanceRequest;
import cn.chuanyu.training.attendance.Attendances;
import cn.chuanyu.training.course.CourseMode;
import cn.chuanyu.training.course.CourseRequest;
import cn.chuanyu.training.course.Courses;
import cn.chuanyu.training.course.SessionRequest;
import cn.chuanyu.training.enrolment.EnrolRequest;
import cn.chuanyu.training.enrolment.Enrolments;
import cn.chuanyu.training.exam.Exams;
import cn.chuanyu.training.exam.ScoreRequest;
import cn.chuanyu.training.exam.SittingRequest;
import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.training.kernel.TrainingClock;
import cn.chuanyu.training.programme.BrokerLevel;
import cn.chuanyu.training.programme.CreateProgrammeRequest;
import cn.chuanyu.training.programme.TeachingMode;
import cn.chuanyu.training.programme.TrainingProgrammes;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Sets up other actors' data through the application services, each call in its own transaction (as they would have
 * done it). Programmes run around today, so that they are open for enrolment.
 */
public final class TrainingFixtures {

    public static final String ADMIN = "cqkjy-admin";

    private TrainingFixtures() {}

    /** Today as the service sees it. */
    public static LocalDate today() {
        return service(TrainingClock.class).today();
    }

    /** A primary programme running from ten days ago to twenty days ahead. */
    public static UUID programme(int capacity) {
        return programme(capacity, TeachingMode.BLENDED, today().minusDays(10), today().plusDays(20));
    }

    public static UUID programme(int capacity, TeachingMode mode, LocalDate startsOn, LocalDate endsOn) {
        var request = new CreateProgrammeRequest(
                "成渝地区双城经济圈初级技术经纪人培训班-" + UUID.randomUUID().toString().substring(0, 8),
                BrokerLevel.PRIMARY,
                List.of("重庆市科学技术研究院", "国家技术转移西南中心"),
                List.of("重庆技术评估与转移服务中心", "重庆易智网公司", "重庆市技术转移服务技术创新战略联盟"),
                "易智网总部基地",
                startsOn,
                endsOn,
                capacity,
                mode);
        return QuarkusTransaction.requiringNew()
                .call(() -> service(TrainingProgrammes.class).create(request, ADMIN).id);
    }

    public static CourseRequest course(UUID programmeId, String instructor, LocalDate startsOn, LocalDate endsOn) {
        return new CourseRequest(
                programmeId,
                "技术转移政策与法规解读",
                "王建国",
                "科学技术部火炬高技术产业开发中心",
                instructor,
                CourseMode.OFFLINE,
                startsOn,
                endsOn,
                new BigDecimal("6"),
                null);
    }

    /** A course of the whole programme's span, taught by the instructor account. */
    public static UUID course(UUID programmeId, String instructor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var programme = service(TrainingProgrammes.class).get(programmeId);
            return service(Courses.class)
                    .create(course(programmeId, instructor, programme.startsOn, programme.endsOn), ADMIN)
                    .id;
        });
    }

    /** A three-hour morning session of the course on the day, China time. */
    public static UUID session(UUID courseId, LocalDate day) {
        return QuarkusTransaction.requiringNew()
                .call(() -> service(Courses.class).addSession(courseId, morning(day, null), Caller.admin(ADMIN)).id);
    }

    /** A session of the course at the given times (e.g. one running now, for check-in). */
    public static UUID session(UUID courseId, Instant startsAt, Instant endsAt) {
        var request = new SessionRequest(
                startsAt.atZone(TrainingClock.CHINA).toOffsetDateTime(),
                endsAt.atZone(TrainingClock.CHINA).toOffsetDateTime(),
                "技术合同认定登记实务",
                "易智网总部基地 二号教室",
                null);
        return QuarkusTransaction.requiringNew()
                .call(() -> service(Courses.class).addSession(courseId, request, Caller.admin(ADMIN)).id);
    }

    public static SessionRequest morning(LocalDate day, Long version) {
        return new SessionRequest(
                day.atTime(9, 0).atZone(TrainingClock.CHINA).toOffsetDateTime(),
                day.atTime(12, 0).atZone(TrainingClock.CHINA).toOffsetDateTime(),
                "《促进科技成果转化法》要点",
                "易智网总部基地 一号教室",
                version);
    }

    /** The trainee enrols themself (a place, or the waiting list). */
    public static UUID enrol(UUID programmeId, String trainee, String name) {
        return QuarkusTransaction.requiringNew()
                .call(() -> service(Enrolments.class)
                        .enrol(new EnrolRequest(programmeId, name, "重庆大学科技成果转化中心"), trainee)
                        .id);
    }

    /** The administrator records the enrolments as present (offline) at the session. */
    public static void attended(UUID sessionId, UUID... enrolmentIds) {
        var attendees = Arrays.stream(enrolmentIds)
                .map(id -> new AttendanceRequest.Attendee(id, AttendanceMode.OFFLINE))
                .toList();
        QuarkusTransaction.requiringNew()
                .run(() -> service(Attendances.class)
                        .record(sessionId, new AttendanceRequest(attendees), Caller.admin(ADMIN)));
    }

    /** An exam sitting of the programme on the day, pass mark 60. */
    public static UUID sitting(UUID programmeId, LocalDate heldOn) {
        return QuarkusTransaction.requiringNew()
                .call(() -> service(Exams.class)
                        .schedule(new SittingRequest(programmeId, "初级技术经纪人结业考试", heldOn, new BigDecimal("60")), ADMIN)
                        .id);
    }

    public static void scored(UUID sittingId, UUID enrolmentId, String score) {
        QuarkusTransaction.requiringNew()
                .run(() -> service(Exams.class)
                        .score(sittingId, new ScoreRequest(enrolmentId, new BigDecimal(score)), Caller.admin(ADMIN)));
    }

    /** A programme with one held session, taught by the instructor, for exam and certificate tests. */
    public record Cohort(UUID programme, UUID course, UUID session) {

        public static Cohort taughtBy(String instructor) {
            UUID programme = TrainingFixtures.programme(50);
            UUID course = TrainingFixtures.course(programme, instructor);
            return new Cohort(programme, course, TrainingFixtures.session(course, today().minusDays(1)));
        }

        /** Enrols the trainee and records them present at the session: eligible to sit. */
        public UUID eligible(String trainee, String name) {
            UUID enrolment = enrol(programme, trainee, name);
            attended(session, enrolment);
            return enrolment;
        }

        /** Eligible, sat today's exam and passed with 86.5. */
        public UUID passed(String trainee, String name) {
            UUID enrolment = eligible(trainee, name);
            scored(sitting(programme, today()), enrolment, "86.5");
            return enrolment;
        }
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static <T> T service(Class<T> type) {
        return Arc.container().instance(type).get();
    }
}
