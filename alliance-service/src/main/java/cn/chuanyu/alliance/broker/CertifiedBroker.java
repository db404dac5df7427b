package cn.chuanyu.alliance.broker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A technology-broker certificate as the training context reported it: a read model that changes only through consumed
 * certificate events.
 */
@Entity
@Table(name = "certified_broker")
public class CertifiedBroker extends PanacheEntityBase {

    @Id
    @Column(name = "certificate_id")
    public UUID certificateId;

    @Column(name = "certificate_number")
    public String certificateNumber;

    @Column(name = "holder_subject")
    public String holderSubject;

    @Column(name = "holder_name")
    public String holderName;

    public String level;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revocation_reason")
    public String revocationReason;

    /** Certified on {@code day}: issued, not revoked, and within its validity. */
    public boolean certifiedOn(LocalDate day) {
        return issuedOn != null && revokedAt == null && !day.isBefore(issuedOn) && !day.isAfter(expiresOn);
    }
}
