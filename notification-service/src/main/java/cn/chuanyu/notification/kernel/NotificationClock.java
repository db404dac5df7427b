package cn.chuanyu.notification.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The only place that reads the time: truncated to PostgreSQL's microseconds; dates are meant in China's zone. */
@ApplicationScoped
public class NotificationClock {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
