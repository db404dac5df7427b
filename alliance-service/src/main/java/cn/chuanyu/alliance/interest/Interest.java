package cn.chuanyu.alliance.interest;

import cn.chuanyu.alliance.broker.CertifiedBroker;
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

/**
 * An expression of interest (意向对接) in a board item or a technology offer. The owning side is the item's zone or the
 * offer's author; it answers, and may introduce the parties through a certified broker.
 */
@Audited
@Entity
@Table(name = "interest")
public class Interest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "board_item_id")
    public UUID boardItemId;

    @Column(name = "offer_id")
    public UUID offerId;

    /** The board item's zone; null for an offer. */
    @Column(name = "owner_zone")
    public String ownerZone;

    /** The offer's author; null for a board item. */
    @Column(name = "owner_user")
    public String ownerUser;

    @Column(name = "expressed_by")
    public String expressedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "expresser_role")
    public ExpresserRole expresserRole;

    @Column(name = "expresser_zone")
    public String expresserZone;

    public String organisation;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    public String message;

    @Column(name = "consented_at")
    public Instant consentedAt;

    @Enumerated(EnumType.STRING)
    public InterestStatus status;

    @Column(name = "expressed_at")
    public Instant expressedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason")
    public DeclineReason declineReason;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "broker_certificate_number")
    public String brokerCertificateNumber;

    @Column(name = "broker_name")
    public String brokerName;

    @Column(name = "introduced_by")
    public String introducedBy;

    @Column(name = "introduced_at")
    public Instant introducedAt;

    @Column(name = "introduction_note")
    public String introductionNote;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Version
    public long version;

    /** Who expressed it, in which capacity; the owning side is set by the caller from the target. */
    public record Expresser(String user, ExpresserRole role, String zone) {}

    static Interest express(InterestRequests.Express request, Expresser expresser, Instant now) {
        if (request.contactEmail() == null && request.contactPhone() == null) {
            throw new ProblemException(Status.BAD_REQUEST, "contact-required", "interest-contact-required");
        }
        var interest = new Interest();
        interest.id = UUID.randomUUID();
        interest.expressedBy = expresser.user();
        interest.expresserRole = expresser.role();
        interest.expresserZone = expresser.zone();
        interest.organisation = request.organisation().strip();
        interest.contactName = request.contactName().strip();
        interest.contactEmail = request.contactEmail();
        interest.contactPhone = request.contactPhone();
        interest.message = request.message().strip();
        interest.consentedAt = now;
        interest.expressedAt = now;
        interest.status = InterestStatus.PENDING;
        return interest;
    }

    void accept(String user, Instant now, String note) {
        require(InterestStatus.PENDING, "interest-accept-not-pending");
        status = InterestStatus.ACCEPTED;
        decide(user, now, note);
    }

    void decline(String user, Instant now, DeclineReason reason, String note) {
        require(InterestStatus.PENDING, "interest-decline-not-pending");
        if (reason == DeclineReason.OTHER && (note == null || note.isBlank())) {
            throw new ProblemException(Status.BAD_REQUEST, "note-required", "interest-decline-other-needs-note");
        }
        status = InterestStatus.DECLINED;
        declineReason = reason;
        decide(user, now, note);
    }

    void introduce(CertifiedBroker broker, String user, Instant now, String note) {
        require(InterestStatus.ACCEPTED, "interest-introduce-not-accepted");
        status = InterestStatus.INTRODUCED;
        brokerCertificateNumber = broker.certificateNumber;
        brokerName = broker.holderName;
        introducedBy = user;
        introducedAt = now;
        introductionNote = blankToNull(note);
    }

    void withdraw(Instant now) {
        if (status != InterestStatus.PENDING && status != InterestStatus.ACCEPTED) {
            throw new ProblemException(Status.CONFLICT, "illegal-transition", "interest-withdraw-not-open", id, status);
        }
        status = InterestStatus.WITHDRAWN;
        withdrawnAt = now;
    }

    private void decide(String user, Instant now, String note) {
        decidedBy = user;
        decidedAt = now;
        decisionNote = blankToNull(note);
    }

    private void require(InterestStatus expected, String detailKey) {
        if (status != expected) {
            throw new ProblemException(Status.CONFLICT, "illegal-transition", detailKey, id, status);
        }
    }

    private static String blankToNull(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
