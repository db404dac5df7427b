package cn.chuanyu.alliance.secondment;

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
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A cadre or technical staff member seconded from a home zone to a host zone (互派挂职). */
@Audited
@Entity
@Table(name = "secondment")
public class Secondment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_name")
    public String personName;

    /** The person's position or professional title at home, e.g. 科技创新局副局长 or 高级工程师. */
    public String position;

    @Enumerated(EnumType.STRING)
    public SecondmentKind kind;

    @Column(name = "home_zone")
    public String homeZone;

    @Column(name = "host_zone")
    public String hostZone;

    /** The post taken in the host zone (挂职岗位), when known. */
    @Column(name = "host_post")
    public String hostPost;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public String purpose;

    @Enumerated(EnumType.STRING)
    public SecondmentStatus status;

    @Column(name = "proposed_by")
    public String proposedBy;

    @Column(name = "proposed_at")
    public Instant proposedAt;

    /** Who accepted, declined or cancelled it, and when. */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;

    @Version
    public long version;

    static Secondment propose(SecondmentRequest request, String user, Instant now) {
        if (request.homeZone().equals(request.hostZone())) {
            throw new ProblemException(Status.BAD_REQUEST, "same-zone", "secondment-same-zone", request.homeZone());
        }
        if (request.endsOn().isBefore(request.startsOn())) {
            throw new ProblemException(
                    Status.BAD_REQUEST, "invalid-dates", "secondment-dates", request.endsOn(), request.startsOn());
        }
        var s = new Secondment();
        s.id = UUID.randomUUID();
        s.personName = request.personName().strip();
        s.position = request.position().strip();
        s.kind = request.kind();
        s.homeZone = request.homeZone();
        s.hostZone = request.hostZone();
        s.hostPost = request.hostPost() == null || request.hostPost().isBlank()
                ? null
                : request.hostPost().strip();
        s.startsOn = request.startsOn();
        s.endsOn = request.endsOn();
        s.purpose = request.purpose().strip();
        s.status = SecondmentStatus.PROPOSED;
        s.proposedBy = user;
        s.proposedAt = now;
        return s;
    }

    void accept(String user, Instant now, String note) {
        requireProposed("secondment-accept-not-proposed");
        decide(SecondmentStatus.ACCEPTED, user, now, note);
    }

    void decline(String user, Instant now, String note) {
        requireProposed("secondment-decline-not-proposed");
        decide(SecondmentStatus.DECLINED, user, now, note);
    }

    /** The home zone may withdraw its proposal, but not once the secondment's first day has come. */
    void cancel(String user, Instant now, LocalDate today, String note) {
        requireProposed("secondment-cancel-not-proposed");
        if (!today.isBefore(startsOn)) {
            throw transition("secondment-cancel-started", id, startsOn, today);
        }
        decide(SecondmentStatus.CANCELLED, user, now, note);
    }

    /** Accepted and between its first and last day, both inclusive. */
    boolean activeOn(LocalDate today) {
        return status == SecondmentStatus.ACCEPTED && !today.isBefore(startsOn) && !today.isAfter(endsOn);
    }

    private void requireProposed(String detailKey) {
        if (status != SecondmentStatus.PROPOSED) {
            throw transition(detailKey, id, status);
        }
    }

    private void decide(SecondmentStatus to, String user, Instant now, String note) {
        status = to;
        decidedBy = user;
        decidedAt = now;
        decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    private static ProblemException transition(String detailKey, Object... args) {
        return new ProblemException(Status.CONFLICT, "illegal-transition", detailKey, args);
    }
}
