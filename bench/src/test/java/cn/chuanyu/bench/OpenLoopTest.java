package cn.chuanyu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OpenLoopTest {

    @Test
    void sendsExactlyRateTimesDurationSplitEvenlyOverInterleavedTargets() {
        Sender instant = call -> CompletableFuture.completedFuture(new Sender.Reply(200, null));
        var a = new Call.Target("e", "direct", () -> Call.get("http://a"));
        var b = new Call.Target("e", "gateway", () -> Call.get("http://b"));

        OpenLoop.Outcome outcome = OpenLoop.run(instant, List.of(a, b), 100, Duration.ofMillis(500));

        assertThat(outcome.results()).extracting(RunResult::requests).containsExactly(50L, 50L);
        assertThat(outcome.results()).extracting(RunResult::errors).containsExactly(0L, 0L);
    }

    @Test
    void intendedTimesFollowTheRateWithoutDrift() {
        assertThat(OpenLoop.due(0, 200)).isZero();
        assertThat(OpenLoop.due(1, 200)).isEqualTo(5_000_000);
        assertThat(OpenLoop.due(200_000, 200)).isEqualTo(1_000_000_000_000L);
    }

    /**
     * The generator is stalled for 300 ms (as by a GC pause or a starved CPU): the requests due meanwhile go out late,
     * and their latency is counted from when they were due, so the stall shows instead of vanishing (coordinated
     * omission). Measured from the actual send, every request here would take ~0 ms.
     */
    @Test
    void aStallIsChargedToTheRequestsThatWereDueDuringIt() {
        AtomicInteger sent = new AtomicInteger();
        Sender stallsOnce = call -> {
            if (sent.incrementAndGet() == 20) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return CompletableFuture.completedFuture(new Sender.Reply(200, null));
        };
        var target = new Call.Target("e", "direct", () -> Call.get("http://a"));

        OpenLoop.Outcome outcome = OpenLoop.run(stallsOnce, List.of(target), 200, Duration.ofMillis(1000));

        RunResult r = outcome.results().get(0);
        assertThat(r.requests()).isEqualTo(200); // the rate was kept: late requests were sent, not skipped
        assertThat(r.maxMs()).isGreaterThanOrEqualTo(290);
        // 60 requests were due during the stall, those of its first 150 ms waited at least 150 ms: at least 15 % of all
        assertThat(r.p90Ms()).isGreaterThanOrEqualTo(150);
        assertThat(outcome.schedulerLagMaxMs()).isGreaterThanOrEqualTo(290);
    }

    @Test
    void countsNonSuccessAndFailuresAsErrors() {
        AtomicInteger n = new AtomicInteger();
        Sender mixed = call -> switch (n.incrementAndGet() % 4) {
            case 1 -> CompletableFuture.completedFuture(new Sender.Reply(429, null));
            case 2 -> CompletableFuture.failedFuture(new IOException("connection refused"));
            default -> CompletableFuture.completedFuture(new Sender.Reply(200, null));
        };

        RunResult r = OpenLoop.run(
                        mixed,
                        List.of(new Call.Target("e", "direct", () -> Call.get("http://a"))),
                        200,
                        Duration.ofMillis(200))
                .results()
                .get(0);

        assertThat(r.requests()).isEqualTo(40);
        assertThat(r.errors()).isEqualTo(20);
        assertThat(r.statuses()).containsEntry("429", 10L).containsEntry("failed", 10L);
    }
}
