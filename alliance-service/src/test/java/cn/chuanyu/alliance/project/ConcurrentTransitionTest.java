package cn.chuanyu.alliance.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.alliance.board.BoardItems;
import cn.chuanyu.alliance.broker.CertificateEvents;
import cn.chuanyu.testing.TestEventProducer;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two officers taking steps on one project at the same moment: the project's lock lets exactly one through. */
@QuarkusTest
class ConcurrentTransitionTest {

    private static TestEventProducer training;

    @Inject
    BoardItems items;

    @Inject
    WorkChain chain;

    @BeforeAll
    static void connect() {
        training = TestEventProducer.create();
    }

    @AfterAll
    static void disconnect() {
        training.close();
    }

    @Test
    void twoConcurrentSigningsOfOneProjectCannotBothSucceed() throws Exception {
        String broker = CertificateEvents.certifiedToday(training, "并发经纪人");
        var fixtures = new WorkChainFixtures(items, chain);
        for (int round = 0; round < 5; round++) {
            UUID project = fixtures.collected("并发签约项目 " + round);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<String> lead = pool.submit(() -> attempt(
                        start,
                        () -> chain.sign(
                                project,
                                WorkChainFixtures.signing(broker, WorkChainFixtures.today()),
                                WorkChainFixtures.CHENGDU)));
                Future<String> secretariat = pool.submit(() -> attempt(
                        start,
                        () -> chain.sign(
                                project,
                                WorkChainFixtures.signing(broker, WorkChainFixtures.today()),
                                WorkChainFixtures.SECRETARIAT)));
                start.countDown();

                assertThat(List.of(lead.get(), secretariat.get())).containsExactlyInAnyOrder("ok", "work-chain-rule");
                List<ProjectTransition> history =
                        QuarkusTransaction.requiringNew().call(() -> chain.history(project));
                assertThat(history)
                        .extracting(t -> t.toStage)
                        .containsExactly(Stage.DEMAND_PUBLISHED, Stage.PROJECT_COLLECTED, Stage.SIGNED);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static String attempt(CountDownLatch start, Runnable step) throws InterruptedException {
        start.await();
        try {
            step.run();
            return "ok";
        } catch (ProblemException e) {
            return e.problem().type().getPath().substring("/problems/".length());
        }
    }
}
