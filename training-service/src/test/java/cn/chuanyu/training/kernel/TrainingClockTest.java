package cn.chuanyu.training.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TrainingClockTest {

    @Test
    void nowIsAtTheMicrosecondsPostgresqlKeeps() {
        var clock = new TrainingClock(Clock.fixed(Instant.parse("2020-12-10T01:00:00.123456789Z"), ZoneOffset.UTC));

        assertThat(clock.now()).isEqualTo(Instant.parse("2020-12-10T01:00:00.123456Z"));
    }

    @Test
    void todayIsChinasDateWhileUtcIsStillOnTheDayBefore() {
        var clock = new TrainingClock(Clock.fixed(Instant.parse("2020-12-23T16:30:00Z"), ZoneOffset.UTC));

        assertThat(clock.today()).isEqualTo(LocalDate.of(2020, 12, 24));
    }
}
