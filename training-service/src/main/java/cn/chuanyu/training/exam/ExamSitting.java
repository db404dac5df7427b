package cn.chuanyu.training.exam;

import cn.chuanyu.training.programme.CreateProgrammeRequest;
import cn.chuanyu.training.programme.TrainingProgramme;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.ws.rs.core.Response.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** One sitting of a programme's exam (the first, or a retake), with its pass mark out of 100. */
@Entity
@Audited
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

    /** A sitting of the programme; retakes may come after the programme ends, but no sitting before it starts. */
    static ExamSitting schedule(TrainingProgramme programme, SittingRequest request, String admin, Instant now) {
        if (request.heldOn().isBefore(programme.startsOn)) {
            throw new ProblemException(
                    Status.BAD_REQUEST,
                    "invalid-dates",
                    "sitting-before-programme",
                    request.heldOn(),
                    programme.startsOn);
        }
        if (request.heldOn().isAfter(CreateProgrammeRequest.LATEST)) {
            throw new ProblemException(
                    Status.BAD_REQUEST,
                    "invalid-dates",
                    "sitting-after-range",
                    request.heldOn(),
                    CreateProgrammeRequest.LATEST);
        }
        var sitting = new ExamSitting();
        sitting.id = UUID.randomUUID();
        sitting.programmeId = programme.id;
        sitting.title = request.title().strip();
        sitting.heldOn = request.heldOn();
        sitting.passMark = request.passMark();
        sitting.createdBy = admin;
        sitting.createdAt = now;
        return sitting;
    }

    /** Scores are recorded from the day of the sitting on. */
    void requireHeldBy(LocalDate today) {
        if (heldOn.isAfter(today)) {
            throw new ProblemException(Status.CONFLICT, "sitting-not-held", "sitting-not-held", id, heldOn);
        }
    }
}
