package cn.chuanyu.training.attendance;

import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.training.course.Course;
import cn.chuanyu.training.course.CourseSession;
import cn.chuanyu.training.programme.TrainingProgramme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Trainees who can no longer reach the exam's minimum attendance rate, however many of the remaining sessions they
 * attend. A session counts once its attendance has been recorded: the trainee loses 1 minus the weight of their status
 * there (no record: all of it). A session held but not yet recorded, or whose self check-in is still open, counts for
 * no one, so a late record or a trainee not checked in yet never raises a false alarm. Each enrolment is announced
 * once: the row in {@code attendance_shortfall} is written in the same transaction as the event, and its key refuses a
 * second.
 */
@ApplicationScoped
public class AttendanceShortfalls {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final AttendanceWeights weights;
    private final BigDecimal minimum;

    AttendanceShortfalls(
            EntityManager entityManager,
            Outbox outbox,
            AttendanceWeights weights,
            @ConfigProperty(name = "chuanyu.training.exam.min-attendance-rate", defaultValue = "0.8")
                    BigDecimal minimum) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.weights = weights;
        this.minimum = minimum;
    }

    /** An enrolled trainee's standing over the whole programme. */
    record Shortfall(
            UUID enrolmentId,
            String trainee,
            String traineeName,
            long sessionsTotal,
            long sessionsMissed,
            BigDecimal bestAchievableRate) {}

    /**
     * After the session's attendance was recorded: announces each enrolled trainee of its programme whose best
     * achievable rate is now below the minimum and who was not announced before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterRecording(CourseSession session, Instant now) {
        TrainingProgramme programme = TrainingProgramme.findById(session.programmeId);
        Course course = Course.findById(session.courseId);
        for (Shortfall shortfall : below(session.programmeId)) {
            if (firstTime(shortfall.enrolmentId(), now)) {
                outbox.publish(AttendanceEvents.minimumUnreachable(shortfall, programme, course, minimum, now));
            }
        }
    }

    private List<Shortfall> below(UUID programmeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        with recorded as (
                            select distinct a.session_id from attendance a
                            where a.programme_id = ?1 and not exists (
                                select 1 from session_check_in c
                                where c.session_id = a.session_id and c.closed_at is null))
                        select e.id, e.trainee, e.trainee_name,
                               (select count(*) from course_session s where s.programme_id = ?1) as total,
                               (select count(*) from recorded) as recorded,
                               count(a.id) filter (where a.status = 'PRESENT') as present,
                               count(a.id) filter (where a.status = 'LATE') as late,
                               count(a.id) filter (where a.status = 'EXCUSED') as excused,
                               count(a.id) filter (where a.status = 'ABSENT') as absent
                        from enrolment e
                        left join attendance a
                               on a.enrolment_id = e.id and a.session_id in (select session_id from recorded)
                        where e.programme_id = ?1 and e.status = 'ENROLLED'
                          and not exists (select 1 from attendance_shortfall f where f.enrolment_id = e.id)
                        group by e.id, e.trainee, e.trainee_name
                        order by e.id""")
                .setParameter(1, programmeId)
                .getResultList();
        return rows.stream()
                .map(this::shortfall)
                .filter(s -> s.sessionsMissed() > 0 && s.bestAchievableRate().compareTo(minimum) < 0)
                .toList();
    }

    /**
     * What the trainee lost: each recorded session counts 1 minus the weight of their status there (no record: 1). A
     * session is missed when it is not credited in full.
     */
    private Shortfall shortfall(Object[] row) {
        long total = ((Number) row[3]).longValue();
        long recorded = ((Number) row[4]).longValue();
        BigDecimal credited = BigDecimal.ZERO;
        long creditedInFull = 0;
        AttendanceStatus[] statuses = {
            AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT
        };
        for (int i = 0; i < statuses.length; i++) {
            long count = ((Number) row[5 + i]).longValue();
            credited = credited.add(weights.of(statuses[i]).multiply(BigDecimal.valueOf(count)));
            creditedInFull += weights.full(statuses[i]) ? count : 0;
        }
        BigDecimal lost = BigDecimal.valueOf(recorded).subtract(credited);
        // rounded as the exam rounds the rate it compares with the minimum
        BigDecimal best =
                BigDecimal.valueOf(total).subtract(lost).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
        return new Shortfall((UUID) row[0], (String) row[1], (String) row[2], total, recorded - creditedInFull, best);
    }

    /** Claims the announcement; false when an earlier (or a concurrent, committed) recording already made it. */
    private boolean firstTime(UUID enrolmentId, Instant now) {
        return entityManager
                        .createNativeQuery("""
                                insert into attendance_shortfall (enrolment_id, announced_at) values (?1, ?2)
                                on conflict (enrolment_id) do nothing""")
                        .setParameter(1, enrolmentId)
                        .setParameter(2, now)
                        .executeUpdate()
                == 1;
    }
}
