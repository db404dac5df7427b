package cn.chuanyu.training.certificate;

import static cn.chuanyu.training.kernel.TrainingClock.CHINA;

import cn.chuanyu.training.enrolment.Enrolment;
import cn.chuanyu.training.programme.BrokerLevel;
import cn.chuanyu.training.programme.TrainingProgramme;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.ws.rs.core.Response.Status;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.envers.Audited;

/**
 * A certificate of completion (结业证书): what is printed on it (number, holder, programme, issuer, dates, verification
 * code), the signed credential, and its revocation if any.
 */
@Entity
@Audited
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase {

    public static final String ISSUER = "国家技术转移人才培养基地";
    /** No 0/O, 1/I/L: codes are read off paper. */
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();

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

    /** Its revocation list (W3C Bitstring Status List); null for certificates issued before the lists. */
    @Column(name = "status_list")
    public Integer statusList;

    /** Its bit in that list (the credential's statusListIndex); null with {@link #statusList}. */
    @Column(name = "status_list_index")
    public Integer statusListIndex;

    /**
     * The certificate of an enrolment's trainee who passed: printed with the programme's name and level, a fresh
     * verification code and its validity from the day of issue, its bit in a revocation list, and signed as a
     * credential.
     */
    static Certificate issue(
            Enrolment holder,
            TrainingProgramme programme,
            String number,
            LocalDate issuedOn,
            int validityYears,
            String admin,
            Instant now,
            StatusLists.Entry statusEntry,
            Function<Certificate, String> signature) {
        var certificate = new Certificate();
        certificate.id = UUID.randomUUID();
        certificate.number = number;
        certificate.verificationCode = verificationCode();
        certificate.enrolmentId = holder.id;
        certificate.programmeId = programme.id;
        certificate.programmeName = programme.name;
        certificate.level = programme.level;
        certificate.holderSubject = holder.trainee;
        certificate.holderName = holder.traineeName;
        certificate.issuer = ISSUER;
        certificate.issuedOn = issuedOn;
        certificate.expiresOn = issuedOn.plusYears(validityYears);
        certificate.issuedBy = admin;
        certificate.issuedAt = now;
        certificate.statusList = statusEntry.list();
        certificate.statusListIndex = statusEntry.index();
        certificate.credential = signature.apply(certificate);
        return certificate;
    }

    /** Revoked once, for a reason; verifiers then see it revoked whatever its dates. */
    void revoke(String reason, String admin, Instant now) {
        if (revokedAt != null) {
            throw new ProblemException(Status.CONFLICT, "already-revoked", "already-revoked", number, revokedAt);
        }
        revokedAt = now;
        revokedBy = admin;
        revocationReason = reason.strip();
    }

    /** Its bit in the revocation lists, if it has one. */
    Optional<StatusLists.Entry> statusEntry() {
        return statusList == null ? Optional.empty() : Optional.of(new StatusLists.Entry(statusList, statusListIndex));
    }

    /** The day of revocation in China, as a verifier reads it; null while not revoked. */
    public LocalDate revokedOn() {
        return revokedAt == null ? null : revokedAt.atZone(CHINA).toLocalDate();
    }

    public CertificateStatus statusOn(LocalDate today) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        return today.isAfter(expiresOn) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
    }

    private static String verificationCode() {
        char[] code = new char[8];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }
}
