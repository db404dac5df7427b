package cn.chuanyu.alliance.recognition;

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

/** A professional title obtained in one zone and recognised by another (职称互认). */
@Audited
@Entity
@Table(name = "title_recognition")
public class TitleRecognition extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_name")
    public String personName;

    /** The title itself, e.g. 高级工程师. */
    public String title;

    /** The title series (职称系列), e.g. 工程技术. */
    public String series;

    @Enumerated(EnumType.STRING)
    public TitleLevel level;

    @Column(name = "issuing_zone")
    public String issuingZone;

    @Column(name = "issuing_authority")
    public String issuingAuthority;

    @Column(name = "obtained_on")
    public LocalDate obtainedOn;

    @Column(name = "recognising_zone")
    public String recognisingZone;

    @Column(name = "recognised_on")
    public LocalDate recognisedOn;

    /** The recognising zone's own reference (文号), unique within that zone. */
    @Column(name = "reference_number")
    public String referenceNumber;

    @Enumerated(EnumType.STRING)
    public RecognitionStatus status;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Version
    public long version;

    static TitleRecognition record(TitleRecognitionRequest request, LocalDate today, String user, Instant now) {
        if (request.issuingZone().equals(request.recognisingZone())) {
            throw new ProblemException(Status.BAD_REQUEST, "same-zone", "recognition-same-zone", request.issuingZone());
        }
        if (request.recognisedOn().isAfter(today)) {
            throw new ProblemException(
                    Status.BAD_REQUEST, "invalid-dates", "recognition-in-future", request.recognisedOn(), today);
        }
        if (request.obtainedOn() != null && request.obtainedOn().isAfter(request.recognisedOn())) {
            throw new ProblemException(
                    Status.BAD_REQUEST,
                    "invalid-dates",
                    "recognition-obtained-after",
                    request.obtainedOn(),
                    request.recognisedOn());
        }
        var r = new TitleRecognition();
        r.id = UUID.randomUUID();
        r.personName = request.personName().strip();
        r.title = request.title().strip();
        r.series = request.series().strip();
        r.level = request.level();
        r.issuingZone = request.issuingZone();
        r.issuingAuthority = request.issuingAuthority().strip();
        r.obtainedOn = request.obtainedOn();
        r.recognisingZone = request.recognisingZone();
        r.recognisedOn = request.recognisedOn();
        r.referenceNumber = request.referenceNumber().strip();
        r.status = RecognitionStatus.RECOGNISED;
        r.recordedBy = user;
        r.recordedAt = now;
        return r;
    }

    void revoke(String reason, String user, Instant now) {
        if (status != RecognitionStatus.RECOGNISED) {
            throw new ProblemException(
                    Status.CONFLICT, "illegal-transition", "recognition-revoke-not-in-force", id, status);
        }
        status = RecognitionStatus.REVOKED;
        revokedBy = user;
        revokedAt = now;
        revocationReason = reason.strip();
    }
}
