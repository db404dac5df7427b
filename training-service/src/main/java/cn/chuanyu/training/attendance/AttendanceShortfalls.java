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
 * attend. A session counts as missed once its attendance has been recorded without the trainee; a session held but not
 * yet recorded counts for no one, so a late record never raises a false alarm. Each enrolment is announced once: the
 * row in {@code attendance_shortfall} is written in the same transaction as the event, and its key refuses a second.
 */
@ApplicationScoped
public class AttendanceShortfalls {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final BigDecimal minimum;

    AttendanceShortfalls(
            EntityManager entityManager,
            Outbox outbox,
            @ConfigProperty(name = "chuanyu.training.exam.min-attendance-rate", defaultValue = "0.8")
                    BigDecimal minimum) {
        this.entityManager = entityManager;
        this.outbox = outbox;
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
                        with recorded as (select distinct session_id from attendance where programme_id = ?1)
                        select e.id, e.trainee, e.trainee_name,
                               (select count(*) from course_session s where s.programme_id = ?1) as total,
                               (select count(*) from recorded r where not exists (
                                    select 1 from attendance a
                                    where a.session_id = r.session_id and a.enrolment_id = e.id)) as missed
                        from enrolment e
                        where e.programme_id = ?1 and e.status = 'ENROLLED'
                          and not exists (select 1 from attendance_shortfall f where f.enrolment_id = e.id)
                        order by e.id""")
                .setParameter(1, programmeId)
                .getResultList();
        return rows.stream()
                .map(row -> shortfall(row))
                .filter(s -> s.sessionsMissed() > 0 && s.bestAchievableRate().compareTo(minimum) < 0)
                .toList();
    }

    private static Shortfall shortfall(Object[] row) {
        long total = ((Number) row[3]).longValue();
        long missed = ((Number) row[4]).longValue();
        // rounded as the exam rounds the rate it compares with the minimum
        BigDecimal best = BigDecimal.valueOf(total - missed).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
        return new Shortfall((UUID) row[0], (String) row[1], (String) row[2], total, missed, best);
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
