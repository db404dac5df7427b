package cn.chuanyu.alliance.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The alliance's time: dates are China's (a validity "until 12-31" ends at midnight in Chengdu, not in UTC). */
@ApplicationScoped
public class AllianceClock {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final Clock clock = Clock.systemUTC();

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** Now, at PostgreSQL's microsecond precision, so a stored instant reads back equal. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
