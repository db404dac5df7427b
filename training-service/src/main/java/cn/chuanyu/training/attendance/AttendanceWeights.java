package cn.chuanyu.training.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What each status counts for in the attendance rate: a session held counts 1, and the trainee's record of it its
 * status's weight (no record: 0). Configured; by default as Moodle's attendance module grades (present 2, late 1,
 * excused 1, absent 0 points): 1, 0.5, 0.5 and 0.
 */
@ApplicationScoped
public class AttendanceWeights {

    private final Map<AttendanceStatus, BigDecimal> weights = new EnumMap<>(AttendanceStatus.class);

    AttendanceWeights(
            @ConfigProperty(name = "chuanyu.training.attendance.weight.present", defaultValue = "1") BigDecimal present,
            @ConfigProperty(name = "chuanyu.training.attendance.weight.late", defaultValue = "0.5") BigDecimal late,
            @ConfigProperty(name = "chuanyu.training.attendance.weight.excused", defaultValue = "0.5")
                    BigDecimal excused,
            @ConfigProperty(name = "chuanyu.training.attendance.weight.absent", defaultValue = "0") BigDecimal absent) {
        weights.put(AttendanceStatus.PRESENT, present);
        weights.put(AttendanceStatus.LATE, late);
        weights.put(AttendanceStatus.EXCUSED, excused);
        weights.put(AttendanceStatus.ABSENT, absent);
        weights.forEach((status, weight) -> {
            // a weight outside [0, 1] would let a rate pass 1 or go below 0
            if (weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalStateException("chuanyu.training.attendance.weight."
                        + status.name().toLowerCase() + " must be between 0 and 1, not " + weight);
            }
        });
    }

    public BigDecimal of(AttendanceStatus status) {
        return weights.get(status);
    }

    /** Whether the status counts as a whole session attended (a lower weight loses part of the session). */
    public boolean full(AttendanceStatus status) {
        return of(status).compareTo(BigDecimal.ONE) == 0;
    }
}
