package cn.chuanyu.training.export;

import static cn.chuanyu.training.kernel.TrainingClock.CHINA;

import cn.chuanyu.training.attendance.Attendance;
import cn.chuanyu.training.attendance.AttendanceMode;
import cn.chuanyu.training.attendance.Attendances;
import cn.chuanyu.training.course.Course;
import cn.chuanyu.training.course.CourseSession;
import cn.chuanyu.training.course.Courses;
import cn.chuanyu.training.enrolment.Enrolment;
import cn.chuanyu.training.enrolment.EnrolmentStatus;
import cn.chuanyu.training.exam.ExamResult;
import cn.chuanyu.training.exam.ExamSitting;
import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.training.programme.TrainingProgrammes;
import cn.chuanyu.web.export.Sheet;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * A programme's roster, attendance matrix and exam results as tables with Chinese headers, for its training
 * administrators and the instructors who teach in it. Times are China's.
 */
@ApplicationScoped
public class ProgrammeReports {

    /** Rows PostgreSQL sends at a time to a streamed export. */
    private static final int FETCH = 500;

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TrainingProgrammes programmes;
    private final Courses courses;
    private final Attendances attendances;

    ProgrammeReports(TrainingProgrammes programmes, Courses courses, Attendances attendances) {
        this.programmes = programmes;
        this.courses = courses;
        this.attendances = attendances;
    }

    /** 404 for an unknown programme; 403 unless a training administrator or an instructor teaching in it. */
    void requireMayExport(UUID programmeId, Caller caller) {
        programmes.get(programmeId);
        if (!caller.admin() && !courses.teachesIn(caller.user(), programmeId)) {
            throw ProblemException.forbidden("exports-programme-staff-only", programmeId);
        }
    }

    /**
     * Every enrolment in order of request, with its status and the attendance rate so far. The programme's enrolments
     * (a thousand in the benchmark's programmes) are read while the file is written, as one database stream in a
     * read-only transaction of their own: who may export is settled before ({@link #requireMayExport}).
     */
    Sheet roster(UUID programmeId) {
        return new Sheet(
                "花名册",
                List.of("序号", "姓名", "账号", "工作单位", "报名状态", "报名时间", "出勤率"),
                sink -> ExportTransaction.readOnly(() -> {
                    int[] number = {0};
                    enrolments(
                            programmeId,
                            e -> sink.accept(cells(
                                    ++number[0],
                                    e.traineeName,
                                    e.trainee,
                                    e.organisation,
                                    enrolmentStatus(e.status),
                                    minute(e.requestedAt),
                                    e.status == EnrolmentStatus.ENROLLED ? attendances.rate(e) : null)));
                }));
    }

    /**
     * A programme's enrolments in order of request, read in batches of {@value #FETCH} (PostgreSQL streams a result
     * only inside a transaction, with a fetch size). The persistence context is cleared after each, so that neither the
     * enrolments nor the attendance records read for their rates pile up in it: the transaction is the export's.
     */
    private static void enrolments(UUID programmeId, Consumer<Enrolment> each) {
        var em = Enrolment.getEntityManager();
        try (Stream<Enrolment> enrolments = em.createQuery(
                        "from Enrolment where programmeId = :programme order by queuePosition", Enrolment.class)
                .setParameter("programme", programmeId)
                .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()) {
            enrolments.forEach(e -> {
                each.accept(e);
                em.clear();
            });
        }
    }

    /** Enrolled trainees by sessions, in time order: each cell the trainee's standing, empty while not recorded. */
    Sheet attendanceMatrix(UUID programmeId) {
        Map<UUID, Course> coursesById = Course.<Course>list("programmeId", programmeId).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<CourseSession> sessions = CourseSession.list("programmeId = ?1 order by startsAt, id", programmeId);
        Map<String, Attendance> records = Attendance.<Attendance>list("programmeId", programmeId).stream()
                .collect(Collectors.toMap(a -> a.enrolmentId + "/" + a.sessionId, Function.identity()));
        List<String> headers = new ArrayList<>(List.of("姓名", "账号"));
        sessions.forEach(s -> headers.add(minute(s.startsAt) + " " + coursesById.get(s.courseId).title));
        headers.add("出勤率");
        List<List<Object>> rows = new ArrayList<>();
        for (Enrolment e : Enrolment.<Enrolment>list(
                "programmeId = ?1 and status = ?2 order by queuePosition", programmeId, EnrolmentStatus.ENROLLED)) {
            List<Object> row = new ArrayList<>(List.of(e.traineeName, e.trainee));
            sessions.forEach(s -> row.add(standing(records.get(e.id + "/" + s.id))));
            row.add(attendances.rate(e));
            rows.add(row);
        }
        return new Sheet("考勤表", headers, rows);
    }

    /** Every exam result, by trainee in order of enrolment, then attempt. */
    Sheet examResults(UUID programmeId) {
        List<Object[]> results = ExamResult.getEntityManager()
                .createQuery("""
                        select e, s, r from ExamResult r, ExamSitting s, Enrolment e
                        where r.programmeId = :programme and s.id = r.sittingId and e.id = r.enrolmentId
                        order by e.queuePosition, r.attempt""", Object[].class)
                .setParameter("programme", programmeId)
                .getResultList();
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] result : results) {
            var enrolment = (Enrolment) result[0];
            var sitting = (ExamSitting) result[1];
            var r = (ExamResult) result[2];
            rows.add(cells(
                    enrolment.traineeName,
                    enrolment.trainee,
                    sitting.title,
                    sitting.heldOn.toString(),
                    r.attempt,
                    r.score,
                    sitting.passMark,
                    r.passed ? "通过" : "未通过"));
        }
        return new Sheet("考试成绩", List.of("姓名", "账号", "考试", "考试日期", "第几次", "成绩", "及格线", "结果"), rows);
    }

    private static List<Object> cells(Object... values) {
        // a List that keeps nulls (empty cells), unlike List.of
        return Arrays.asList(values);
    }

    private static String minute(Instant instant) {
        return instant == null ? null : MINUTE.format(instant.atZone(CHINA));
    }

    private static String enrolmentStatus(EnrolmentStatus status) {
        return switch (status) {
            case ENROLLED -> "报名成功";
            case WAITLISTED -> "候补";
            case WITHDRAWN -> "已退出";
        };
    }

    private static String standing(Attendance record) {
        if (record == null) {
            return null;
        }
        String status = switch (record.status) {
            case PRESENT -> "出勤";
            case LATE -> "迟到";
            case EXCUSED -> "请假";
            case ABSENT -> "缺勤";
        };
        return record.status.attended() ? status + (record.mode == AttendanceMode.ONLINE ? "（线上）" : "（线下）") : status;
    }
}
