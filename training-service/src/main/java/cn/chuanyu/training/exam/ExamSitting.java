package cn.chuanyu.training.exam;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One sitting of a programme's exam (the first, or a retake), with its pass mark out of 100. */
@Entity
@Table(name = "exam_sitting")
public class ExamSitting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "programme_id")
    public UUID programmeId;

    public String title;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @Column(name = "pass_mark")
    public BigDecimal passMark;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
