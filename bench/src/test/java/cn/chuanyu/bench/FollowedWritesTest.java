package cn.chuanyu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FollowedWritesTest {

    @Test
    void anEffectIsCountedOnceWhetherSeenBeforeOrAfterItsWritesAnswer() {
        AtomicInteger n = new AtomicInteger();
        Sender created = call -> CompletableFuture.completedFuture(
                new Sender.Reply(201, "/api/conference/intents/intent-" + n.incrementAndGet()));
        var writes = new FollowedWrites();
        writes.seen("intent-1", System.nanoTime()); // before its 201 was handled: kept aside, then matched

        writes.send(created, "intent POST", () -> Call.get("http://a"), 100, Duration.ofMillis(50));

        assertThat(writes.created()).isEqualTo(5);
        assertThat(writes.seenCount()).isEqualTo(1);
        assertThat(writes.pendingIds()).containsExactlyInAnyOrder("intent-2", "intent-3", "intent-4", "intent-5");
        assertThat(writes.seen("intent-2", System.nanoTime())).isTrue();
        assertThat(writes.seen("intent-2", System.nanoTime())).isFalse(); // a duplicate is not counted again
        assertThat(writes.seen("of-another-run", System.nanoTime())).isFalse();
        assertThat(writes.seenCount()).isEqualTo(2);
        assertThat(writes.others()).isEqualTo(2);
    }
}
