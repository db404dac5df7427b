package cn.chuanyu.alliance.project;

import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.eventing.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Announces each signed project whose regular consultation (定期会商) is overdue ({@code project.consultation-overdue.v1}),
 * once per consultation period: the period is counted from the last contact (the last consultation, else the signing),
 * and the day it was counted from is what the project remembers as announced. A consultation starts a new period, which
 * may become overdue and be announced in its turn. A scheduled check claims the overdue projects with one {@code UPDATE
 * ... RETURNING} over rows locked with {@code FOR UPDATE SKIP LOCKED} and writes their events to the outbox in the same
 * transaction, so a second run or a second instance announces nothing twice.
 */
@ApplicationScoped
public class OverdueConsultations {

    /** Claimed per transaction: a backlog is worked off batch by batch. */
    static final int BATCH = 100;

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final AllianceClock clock;
    private final int overdueDays;

    OverdueConsultations(
            EntityManager entityManager,
            Outbox outbox,
            AllianceClock clock,
            @ConfigProperty(name = "chuanyu.alliance.consultation-overdue-days", defaultValue = "90") int overdueDays) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
        this.overdueDays = overdueDays;
    }

    @Scheduled(
            identity = "consultation-overdue-notices",
            every = "${chuanyu.alliance.consultation-overdue-check-interval}",
            delayed = "${chuanyu.alliance.consultation-overdue-check-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        LocalDate today = clock.today();
        while (announce(today, clock.now()) == BATCH) {
            // a full batch: there may be more
        }
    }

    /**
     * Claims and announces up to {@link #BATCH} projects whose consultation is overdue on {@code today} (China's date)
     * and whose current period was not announced yet; returns how many. The scheduled check passes the clock's today; a
     * test passes another day.
     */
    @Transactional
    public int announce(LocalDate today, Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> claimed = entityManager
                .createNativeQuery("""
                        update collaboration_project
                        set overdue_noticed_for = coalesce(last_consulted_on, agreement_date)
                        where id in (select id from collaboration_project
                                     where stage in ('SIGNED', 'CONSULTING', 'JOINT_PROMOTION')
                                       and coalesce(last_consulted_on, agreement_date) < ?1
                                       and overdue_noticed_for is distinct from
                                           coalesce(last_consulted_on, agreement_date)
                                     order by coalesce(last_consulted_on, agreement_date), id
                                     limit ?2
                                     for update skip locked)
                        returning id""")
                .setParameter(1, today.minusDays(overdueDays))
                .setParameter(2, BATCH)
                .getResultList();
        for (UUID id : claimed) {
            CollaborationProject project = CollaborationProject.findById(id);
            long daysSince = ChronoUnit.DAYS.between(project.lastContact(), today);
            outbox.publish(ProjectEvents.consultationOverdue(project, daysSince, overdueDays, now));
        }
        return claimed.size();
    }
}
