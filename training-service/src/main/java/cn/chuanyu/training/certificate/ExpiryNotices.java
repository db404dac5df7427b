package cn.chuanyu.training.certificate;

import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.training.kernel.TrainingClock;
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
 * Announces each certificate in force that expires within the notice period ({@code certificate.expiring.v1}), once. A
 * scheduled check claims the due certificates with one {@code UPDATE ... RETURNING} over rows locked with {@code FOR
 * UPDATE SKIP LOCKED}, and writes their events to the outbox in the same transaction: a second run finds them claimed,
 * and a second instance running at the same moment skips the rows the first holds, so no certificate is announced
 * twice, and none is lost (a rolled-back check leaves its rows unclaimed for the next).
 */
@ApplicationScoped
public class ExpiryNotices {

    /** Claimed per transaction: a backlog (a first run over old data) is worked off batch by batch. */
    static final int BATCH = 100;

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final TrainingClock clock;
    private final int noticeDays;

    ExpiryNotices(
            EntityManager entityManager,
            Outbox outbox,
            TrainingClock clock,
            @ConfigProperty(name = "chuanyu.training.certificate.expiry-notice-days", defaultValue = "60")
                    int noticeDays) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
        this.noticeDays = noticeDays;
    }

    @Scheduled(
            identity = "certificate-expiry-notices",
            every = "${chuanyu.training.certificate.expiry-check-interval}",
            delayed = "${chuanyu.training.certificate.expiry-check-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        LocalDate today = clock.today();
        while (announce(today, clock.now()) == BATCH) {
            // a full batch: there may be more
        }
    }

    /**
     * Claims and announces up to {@link #BATCH} unannounced certificates in force that expire between {@code today} and
     * the end of the notice period (China's dates); returns how many. The scheduled check passes the clock's today; a
     * test passes another day.
     */
    @Transactional
    public int announce(LocalDate today, Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> claimed = entityManager
                .createNativeQuery("""
                        update certificate set expiry_noticed_at = ?1
                        where id in (select id from certificate
                                     where revoked_at is null and expiry_noticed_at is null
                                       and expires_on between ?2 and ?3
                                     order by expires_on, id
                                     limit ?4
                                     for update skip locked)
                        returning id""")
                .setParameter(1, now)
                .setParameter(2, today)
                .setParameter(3, today.plusDays(noticeDays))
                .setParameter(4, BATCH)
                .getResultList();
        for (UUID id : claimed) {
            Certificate certificate = Certificate.findById(id);
            long daysLeft = ChronoUnit.DAYS.between(today, certificate.expiresOn);
            outbox.publish(CertificateEvents.expiring(certificate, daysLeft, now));
        }
        return claimed.size();
    }
}
