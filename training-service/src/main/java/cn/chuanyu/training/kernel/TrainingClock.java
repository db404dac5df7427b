package cn.chuanyu.training.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The training context's time, the one clock every class that reads the time injects. Dates are China's: a programme
 * that ends on 12-24 ends at midnight in Chongqing, not in UTC.
 */
@ApplicationScoped
public class TrainingClock {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Clock clock;

    public TrainingClock() {
        this(Clock.systemUTC());
    }

    /** A clock on other time, for tests. */
    public TrainingClock(Clock clock) {
        this.clock = clock;
    }

    /** Now, at PostgreSQL's microsecond precision, so a stored instant reads back equal. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }
}
