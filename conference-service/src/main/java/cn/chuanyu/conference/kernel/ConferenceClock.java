package cn.chuanyu.conference.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The conference's time: dates of the programme (a call for papers open "until 11-15") are China's dates. */
@ApplicationScoped
public class ConferenceClock {

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
