package cn.chuanyu.training.enrolment;

import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A trainee's place (or place on the waiting list) in a programme. */
@Entity
@Audited
@Table(name = "enrolment")
public class Enrolment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "programme_id")
    public UUID programmeId;

    /** The trainee's account (token subject name). */
    public String trainee;

    @Column(name = "trainee_name")
    public String traineeName;

    public String organisation;

    @Enumerated(EnumType.STRING)
    public EnrolmentStatus status;

    /** Order of request within the whole service; the waiting list is served in this order. */
    @Column(name = "queue_position")
    public long queuePosition;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "enrolled_at")
    public Instant enrolledAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Version
    public long version;

    /** A trainee's request: a place if one is free, else the end of the waiting list ({@code queuePosition}). */
    static Enrolment request(
            UUID programmeId,
            EnrolRequest request,
            String trainee,
            long queuePosition,
            boolean placeFree,
            Instant now) {
        var enrolment = new Enrolment();
        enrolment.id = UUID.randomUUID();
        enrolment.programmeId = programmeId;
        enrolment.trainee = trainee;
        enrolment.traineeName = request.name().strip();
        enrolment.organisation = request.organisation() == null
                        || request.organisation().isBlank()
                ? null
                : request.organisation().strip();
        enrolment.queuePosition = queuePosition;
        enrolment.requestedAt = now;
        enrolment.status = EnrolmentStatus.WAITLISTED;
        if (placeFree) {
            enrolment.enrol(now);
        }
        return enrolment;
    }

    /** The first of the waiting list takes a freed place. */
    void promote(Instant now) {
        if (status != EnrolmentStatus.WAITLISTED) {
            throw new IllegalStateException("Enrolment " + id + " is " + status + ", not on the waiting list");
        }
        enrol(now);
    }

    /** Leaves the programme or its waiting list; returns where the trainee stood, which tells whether a place frees. */
    EnrolmentStatus withdraw(String by, Instant now) {
        if (status == EnrolmentStatus.WITHDRAWN) {
            throw new ProblemException(Status.CONFLICT, "illegal-transition", "already-withdrawn", id, withdrawnAt);
        }
        EnrolmentStatus left = status;
        status = EnrolmentStatus.WITHDRAWN;
        withdrawnAt = now;
        withdrawnBy = by;
        return left;
    }

    private void enrol(Instant now) {
        status = EnrolmentStatus.ENROLLED;
        enrolledAt = now;
    }
}
