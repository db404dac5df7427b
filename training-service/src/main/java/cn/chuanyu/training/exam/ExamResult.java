package cn.chuanyu.training.exam;

import cn.chuanyu.training.enrolment.Enrolment;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A trainee's score at one sitting: their n-th attempt, passed or not. */
@Entity
@Audited
@Table(name = "exam_result")
public class ExamResult extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "sitting_id")
    public UUID sittingId;

    @Column(name = "programme_id")
    public UUID programmeId;

    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    public String trainee;

    public BigDecimal score;

    public boolean passed;

    public int attempt;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The trainee's n-th attempt, scored at the sitting: passed when the score reaches its pass mark. */
    static ExamResult record(
            ExamSitting sitting, Enrolment enrolment, int attempt, BigDecimal score, String by, Instant now) {
        var result = new ExamResult();
        result.id = UUID.randomUUID();
        result.sittingId = sitting.id;
        result.programmeId = sitting.programmeId;
        result.enrolmentId = enrolment.id;
        result.trainee = enrolment.trainee;
        result.score = score;
        result.passed = score.compareTo(sitting.passMark) >= 0;
        result.attempt = attempt;
        result.recordedBy = by;
        result.recordedAt = now;
        return result;
    }
}
