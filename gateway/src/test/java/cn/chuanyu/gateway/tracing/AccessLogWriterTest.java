package cn.chuanyu.gateway.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.IntStream;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessLogWriterTest {

    private static final String CATEGORY = "cn.chuanyu.gateway.access.test";

    private final List<LogRecord> written = new CopyOnWriteArrayList<>();
    private final List<String> writers = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            written.add(record);
            writers.add(Thread.currentThread().getName());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private AccessLogWriter writer;

    @BeforeEach
    void start() {
        Logger.getLogger(CATEGORY).addHandler(capture);
        Logger.getLogger(CATEGORY).setLevel(Level.INFO);
        writer = new AccessLogWriter(CATEGORY);
    }

    @AfterEach
    void stop() {
        writer.stop();
        Logger.getLogger(CATEGORY).removeHandler(capture);
    }

    @Test
    void aLineIsAnInfoRecordOfItsCategoryWithTheCallersThreadAndTimeWrittenByTheWritersThread() {
        Instant before = Instant.now();
        writer.log("GET /api/conference/papers 200 3 ms request_id=a trace_id=b client=addr:127.0.0.1");

        await().atMost(Duration.ofSeconds(5)).until(() -> written.size() == 1);
        var record = (ExtLogRecord) written.get(0);
        assertThat(record.getMessage())
                .isEqualTo("GET /api/conference/papers 200 3 ms request_id=a trace_id=b client=addr:127.0.0.1");
        assertThat(record.getFormattedMessage()).isEqualTo(record.getMessage());
        assertThat(record.getLevel()).isEqualTo(Level.INFO);
        assertThat(record.getLoggerName()).isEqualTo(CATEGORY);
        assertThat(record.getThreadName()).isEqualTo(Thread.currentThread().getName());
        assertThat(record.getInstant()).isBetween(before, Instant.now());
        assertThat(writers).containsExactly("chuanyu-access-log");
    }

    @Test
    void noLineIsLostWhenManyThreadsLogAtOnceAndEachKeepsItsOrder() {
        IntStream.range(0, 4).parallel().forEach(thread -> {
            for (int i = 0; i < 5_000; i++) {
                writer.log("t" + thread + " " + i);
            }
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> written.size() == 20_000);
        for (int thread = 0; thread < 4; thread++) {
            String prefix = "t" + thread + " ";
            List<Integer> order = written.stream()
                    .map(LogRecord::getMessage)
                    .filter(m -> m.startsWith(prefix))
                    .map(m -> Integer.parseInt(m.substring(prefix.length())))
                    .toList();
            assertThat(order).hasSize(5_000).isSorted();
        }
    }

    @Test
    void theWriterWakesUpForALineAfterBeingIdle() throws InterruptedException {
        writer.log("first");
        await().atMost(Duration.ofSeconds(5)).until(() -> written.size() == 1);
        Thread.sleep(1_000); // long enough for the writer to park until the next line

        writer.log("after a pause");
        await().atMost(Duration.ofSeconds(5)).until(() -> written.size() == 2);
    }

    @Test
    void stoppingWritesWhatWasWaitingAndLaterLinesAreWrittenAtOnce() {
        for (int i = 0; i < 1_000; i++) {
            writer.log("line " + i);
        }
        writer.stop();
        assertThat(written).hasSize(1_000);

        writer.log("after the stop");
        assertThat(written).hasSize(1_001);
        assertThat(writers.get(1_000)).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void nothingIsQueuedWhenTheCategoryIsOff() {
        Logger.getLogger(CATEGORY).setLevel(Level.OFF);
        assertThat(writer.isEnabled()).isFalse();
    }
}
