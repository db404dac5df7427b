package cn.chuanyu.training.certificate;

import cn.chuanyu.training.programme.BrokerLevel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate of completion (结业证书): what is printed on it (number, holder, programme, issuer, dates, verification
 * code), the signed credential, and its revocation if any.
 */
@Entity
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase {

    public static final String ISSUER = "国家技术转移人才培养基地";

    @Id
    public UUID id;

    public String number;

    @Column(name = "verification_code")
    public String verificationCode;

    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Column(name = "programme_id")
    public UUID programmeId;

    @Column(name = "programme_name")
    public String programmeName;

    @Enumerated(EnumType.STRING)
    public BrokerLevel level;

    @Column(name = "holder_subject")
    public String holderSubject;

    @Column(name = "holder_name")
    public String holderName;

    public String issuer;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    /** The last day the certificate is valid. */
    @Column(name = "expires_on")
    public LocalDate expiresOn;

    /** The signed credential (compact JWS of an Open Badges 3.0 credential). */
    public String credential;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revocation_reason")
    public String revocationReason;

    public CertificateStatus statusOn(LocalDate today) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        return today.isAfter(expiresOn) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
    }
}
