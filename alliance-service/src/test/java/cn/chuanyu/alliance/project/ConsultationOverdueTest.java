package cn.chuanyu.alliance.project;

import static cn.chuanyu.alliance.project.WorkChainFixtures.CHENGDU;
import static cn.chuanyu.alliance.project.WorkChainFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.alliance.board.BoardItems;
import cn.chuanyu.alliance.broker.CertificateEvents;
import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.TestEventProducer;
import cn.chuanyu.testing.TopicRecorder;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The project's zones hear that a regular consultation (定期会商) is overdue: the scheduled check publishes
 * project.consultation-overdue.v1 once per consultation period, whichever run or instance finds it first.
 */
@QuarkusTest
class ConsultationOverdueTest {

    private static TestEventProducer training;
    private static String broker;

    @Inject
    BoardItems items;

    @Inject
    WorkChain chain;

    @Inject
    OverdueConsultations notices;

    @Inject
    AllianceClock clock;

    @Inject
    EntityManager entityManager;

    WorkChainFixtures fixtures;

    @BeforeAll
    static void connect() {
        training = TestEventProducer.create();
    }

    @AfterAll
    static void disconnect() {
        training.close();
    }

    @BeforeEach
    void certifiedBroker() {
        fixtures = new WorkChainFixtures(items, chain);
        if (broker == null) {
            broker = CertificateEvents.certifiedToday(training, "李经纪");
        }
    }

    @Test
    void theScheduledCheckAnnouncesAnOverdueConsultationOncePerPeriodAndAConsultationStartsANewOne() throws Exception {
        UUID project;
        try (var topic = TopicRecorder.of(ProjectEvents.TOPIC)) {
            project = fixtures.signed("长期未会商的合作项目", broker, today().minusDays(120));
            // nobody calls the check: the scheduler's run finds it
            var event = topic.awaitEventAbout(project.toString(), ProjectEvents.CONSULTATION_OVERDUE);
            EventSchemas.assertConforms(event);
            assertThat(event.data())
                    .contains("\"title\":\"长期未会商的合作项目\"")
                    .contains("\"leadZone\":\"chengdu\"")
                    .contains("\"partnerZones\":[\"chongqing\"]")
                    .contains("\"lastContactOn\":\"" + today().minusDays(120) + "\"")
                    .contains("\"lastConsultedOn\":null")
                    .contains("\"daysSinceLastContact\":120")
                    .contains("\"allowedDays\":90");
        }
        notices.announce(today(), clock.now());
        assertThat(announcements(project)).isEqualTo(1);

        QuarkusTransaction.requiringNew()
                .run(() -> chain.consult(
                        project,
                        new WorkChainRequests.Consult(today().minusDays(10), List.of("秘书处", "成都高新区"), "补开会商"),
                        CHENGDU));
        notices.announce(today(), clock.now());
        assertThat(announcements(project)).isEqualTo(1);
        // 91 days after that consultation: the new period is overdue, and announced once
        notices.announce(today().plusDays(81), clock.now());
        notices.announce(today().plusDays(82), clock.now());
        assertThat(announcements(project)).isEqualTo(2);
    }

    @Test
    void twoInstancesCheckingAtTheSameMomentAnnounceOnce() throws Exception {
        UUID project = fixtures.signed("两个实例同时检查的项目", broker, today().minusDays(5));
        LocalDate overdueDay = today().plusDays(90);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> check = () -> notices.announce(overdueDay, clock.now());
            for (var run : instances.invokeAll(List.of(check, check))) {
                run.get();
            }
        } finally {
            instances.shutdown();
        }
        assertThat(announcements(project)).isEqualTo(1);
    }

    private long announcements(UUID project) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select count(*) from outbox_event where aggregate_id = ?1 and event_type = ?2")
                                .setParameter(1, project.toString())
                                .setParameter(2, ProjectEvents.CONSULTATION_OVERDUE)
                                .getSingleResult())
                        .longValue());
    }
}
