package cn.chuanyu.training.certificate;

import static cn.chuanyu.training.TrainingFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.testing.TopicRecorder;
import cn.chuanyu.training.Contracts;
import cn.chuanyu.training.TrainingFixtures;
import cn.chuanyu.training.TrainingFixtures.Cohort;
import cn.chuanyu.training.kernel.TrainingClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Holders hear that their certificate expires within 60 days: the scheduled check publishes certificate.expiring.v1
 * once per certificate, whichever run or instance finds it first.
 */
@QuarkusTest
class ExpiryNoticeTest {

    @Inject
    Certificates certificates;

    @Inject
    ExpiryNotices notices;

    @Inject
    TrainingClock clock;

    @Inject
    EntityManager entityManager;

    @Test
    void theScheduledCheckAnnouncesACertificateExpiringWithinSixtyDaysToItsHolderOnce() throws Exception {
        String holder = TrainingFixtures.unique("expiring");
        UUID enrolment = Cohort.taughtBy(TrainingFixtures.unique("exp-teacher")).passed(holder, "张三");
        LocalDate issuedOn = today().minusYears(3).plusDays(30);

        try (var topic = TopicRecorder.of(CertificateEvents.TOPIC)) {
            Certificate certificate = QuarkusTransaction.requiringNew()
                    .call(() -> certificates.issue(enrolment, issuedOn, TrainingFixtures.ADMIN));
            // nobody calls the check: the scheduler's run finds it
            var event = topic.awaitEventAbout(certificate.id.toString(), CertificateEvents.EXPIRING);
            Contracts.assertConforms(event);
            assertThat(event.data())
                    .contains("\"subject\":\"" + holder + "\"")
                    .contains("\"name\":\"张三\"")
                    .contains("\"certificateNumber\":\"" + certificate.number + "\"")
                    .contains("\"expiresOn\":\"" + today().plusDays(30) + "\"")
                    .contains("\"daysLeft\":30");
            // later runs find nothing more to say about it
            notices.announce(today(), clock.now());
            notices.announce(today().plusDays(1), clock.now());
            assertThat(announcements(certificate.id)).isEqualTo(1);
        }
    }

    @Test
    void theNoticeComesSixtyDaysAheadNeverForARevokedCertificateAndOnceWhenTwoInstancesCheckAtOnce() throws Exception {
        Cohort cohort = Cohort.taughtBy(TrainingFixtures.unique("exp-teacher"));
        UUID kept = issued(cohort.passed(TrainingFixtures.unique("expiring"), "李四"));
        UUID revoked = issued(cohort.passed(TrainingFixtures.unique("expiring"), "王五"));
        QuarkusTransaction.requiringNew().run(() -> certificates.revoke(revoked, "考试成绩录入有误", TrainingFixtures.ADMIN));
        LocalDate expiresOn =
                QuarkusTransaction.requiringNew().call(() -> Certificate.<Certificate>findById(kept).expiresOn);

        notices.announce(expiresOn.minusDays(61), clock.now());
        assertThat(announcements(kept)).isZero();

        // two instances' checks on the 60th day before expiry, at the same moment
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> check = () -> notices.announce(expiresOn.minusDays(60), clock.now());
            for (var run : instances.invokeAll(List.of(check, check))) {
                run.get();
            }
        } finally {
            instances.shutdown();
        }
        assertThat(announcements(kept)).isEqualTo(1);
        assertThat(announcements(revoked)).isZero();
        String data = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select payload from outbox_event where aggregate_id = ?1 and event_type = ?2")
                .setParameter(1, kept.toString())
                .setParameter(2, CertificateEvents.EXPIRING)
                .getSingleResult());
        assertThat(data).contains("\"daysLeft\":60").contains("\"name\":\"李四\"");
    }

    private UUID issued(UUID enrolment) {
        return QuarkusTransaction.requiringNew().call(() -> certificates.issue(enrolment, TrainingFixtures.ADMIN).id);
    }

    private long announcements(UUID certificate) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select count(*) from outbox_event where aggregate_id = ?1 and event_type = ?2")
                                .setParameter(1, certificate.toString())
                                .setParameter(2, CertificateEvents.EXPIRING)
                                .getSingleResult())
                        .longValue());
    }
}
