package cn.chuanyu.training.certificate;

import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.training.enrolment.Enrolment;
import cn.chuanyu.training.enrolment.EnrolmentStatus;
import cn.chuanyu.training.exam.Exams;
import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.training.kernel.TrainingClock;
import cn.chuanyu.training.programme.BrokerLevel;
import cn.chuanyu.training.programme.TrainingProgrammes;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import cn.chuanyu.web.problem.ProblemTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Issuing certificates to trainees who passed, revoking them, and answering verifiers. Numbers come from a per-year
 * counter row updated atomically in the issuing transaction, so concurrent issues get distinct numbers (and the unique
 * constraint backs it).
 */
@ApplicationScoped
public class Certificates {

    private final EntityManager entityManager;
    private final TrainingProgrammes programmes;
    private final Exams exams;
    private final Credentials credentials;
    private final StatusLists statusLists;
    private final Outbox outbox;
    private final int validityYears;
    private final TrainingClock clock;

    Certificates(
            EntityManager entityManager,
            TrainingProgrammes programmes,
            Exams exams,
            Credentials credentials,
            StatusLists statusLists,
            Outbox outbox,
            TrainingClock clock,
            @ConfigProperty(name = "chuanyu.training.certificate.validity-years", defaultValue = "3")
                    int validityYears) {
        this.entityManager = entityManager;
        this.programmes = programmes;
        this.exams = exams;
        this.credentials = credentials;
        this.statusLists = statusLists;
        this.outbox = outbox;
        this.clock = clock;
        this.validityYears = validityYears;
    }

    /** What a public verifier learns: only what is printed on the certificate, and its status. */
    @Schema(description = "What a verifier learns: the certificate's status today and what is printed on it")
    public record Verification(
            @Schema(description = "its status today (Asia/Shanghai)")
            CertificateStatus status,

            @Schema(description = "the printed number", example = "NTTB-2020-000001")
            String number,

            @Schema(description = "the holder's name as printed", example = "张三")
            String holderName,

            @Schema(description = "the programme's name as printed", example = "2020年成渝地区双城经济圈初级技术经纪人培训班")
            String programmeName,

            @Schema(description = "the broker grade certified")
            BrokerLevel level,

            @Schema(description = "the issuer as printed", example = Certificate.ISSUER)
            String issuer,

            @Schema(description = "the day of issue (Asia/Shanghai)")
            LocalDate issuedOn,

            @Schema(description = "the last day it is valid (Asia/Shanghai)")
            LocalDate expiresOn,

            @Schema(nullable = true, description = "the day it was revoked (Asia/Shanghai); null unless REVOKED")
            LocalDate revokedOn) {
        static Verification of(Certificate c, LocalDate today) {
            return new Verification(
                    c.statusOn(today),
                    c.number,
                    c.holderName,
                    c.programmeName,
                    c.level,
                    c.issuer,
                    c.issuedOn,
                    c.expiresOn,
                    c.revokedOn());
        }
    }

    /** Issues today's certificate to a trainee who passed the exam. */
    @Transactional
    public Certificate issue(UUID enrolmentId, String admin) {
        return issue(enrolmentId, clock.today(), admin);
    }

    /** Issues certificates dated {@code issuedOn} (the demo's 2020 course issues on its last day). */
    @Transactional
    public Certificate issue(UUID enrolmentId, LocalDate issuedOn, String admin) {
        Enrolment enrolment = lockedEnrolment(enrolmentId);
        requireCertifiable(enrolment);
        var certificate = Certificate.issue(
                enrolment,
                programmes.get(enrolment.programmeId),
                nextNumber(issuedOn.getYear()),
                issuedOn,
                validityYears,
                admin,
                clock.now(),
                statusLists.allocate(),
                credentials::sign);
        certificate.persist();
        outbox.publish(CertificateEvents.issued(certificate));
        return certificate;
    }

    /** Certifies every trainee of the programme who passed and holds no certificate yet. */
    @Transactional
    public List<Certificate> issueAll(UUID programmeId, String admin) {
        programmes.get(programmeId);
        List<UUID> passed = entityManager
                .createQuery("""
                select r.enrolmentId from ExamResult r, Enrolment e
                where r.passed = true and r.programmeId = :programme and e.id = r.enrolmentId and e.status = :enrolled
                  and not exists (select 1 from Certificate c
                                  where c.enrolmentId = r.enrolmentId and c.revokedAt is null)
                order by e.queuePosition""", UUID.class)
                .setParameter("programme", programmeId)
                .setParameter("enrolled", EnrolmentStatus.ENROLLED)
                .getResultList();
        List<Certificate> issued = new ArrayList<>();
        if (passed.isEmpty()) {
            return issued;
        }
        // every enrolment locked first, in id order, before any number is drawn: a single issue locks its
        // enrolment before the number counter too, so neither can wait for the other (no deadlock)
        entityManager
                .createQuery("select e from Enrolment e where e.id in :ids order by e.id", Enrolment.class)
                .setParameter("ids", passed)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (UUID enrolmentId : passed) {
            // certified meanwhile by a concurrent single issue: skipped, not an error of the whole run
            if (!holdsCertificate(enrolmentId)) {
                issued.add(issue(enrolmentId, admin));
            }
        }
        return issued;
    }

    @Transactional
    public Certificate revoke(UUID id, String reason, String admin) {
        Certificate certificate = Certificate.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (certificate == null) {
            throw ProblemException.notFound("certificate", id);
        }
        certificate.revoke(reason, admin, clock.now());
        certificate.statusEntry().ifPresent(statusLists::revoke);
        outbox.publish(CertificateEvents.revoked(certificate));
        return certificate;
    }

    /** A certificate for its holder and administrators; 404 for anyone else. */
    public Certificate visible(UUID id, Caller caller) {
        Certificate certificate = Certificate.findById(id);
        if (certificate == null || !caller.admin() && !caller.is(certificate.holderSubject)) {
            throw ProblemException.notFound("certificate", id);
        }
        return certificate;
    }

    /** Administrators list any (optionally one programme's); everyone else only their own. */
    public PageOf<Certificate> list(UUID programmeId, Caller caller, int page, int size) {
        var query = caller.admin()
                ? programmeId == null
                        ? Certificate.find("order by issuedAt desc, number")
                        : Certificate.find("programmeId = ?1 order by number", programmeId)
                : Certificate.find("holderSubject = ?1 order by issuedAt desc, number", caller.user());
        var results = query.page(page, size);
        return new PageOf<>(results.list(), page, size, results.count());
    }

    /** The public check of a printed certificate: its number and verification code must both match. */
    public Verification verify(String number, String code) {
        Certificate certificate = Certificate.find("number", number).firstResult();
        if (certificate == null
                || code == null
                || !MessageDigest.isEqual(
                        certificate.verificationCode.getBytes(),
                        code.strip().toUpperCase().getBytes())) {
            throw new ProblemException(Status.NOT_FOUND, "certificate-not-found", "certificate-not-found", number);
        }
        return Verification.of(certificate, clock.today());
    }

    /**
     * The public check of a signed credential: signature against the platform key, then the registry's status; why it
     * is not authentic in the caller's language.
     */
    public CredentialVerification verifyCredential(String jws, Locale language) {
        Credentials.Check check = credentials.check(jws);
        if (!check.signatureValid()) {
            return new CredentialVerification(
                    false,
                    ProblemTexts.detail(
                            check.problem(), language, check.problemArgs().toArray()),
                    null);
        }
        UUID id = Credentials.certificateId(check.payload());
        Certificate certificate = id == null ? null : Certificate.findById(id);
        if (certificate == null) {
            return new CredentialVerification(
                    false, ProblemTexts.detail("credential-unknown-certificate", language), null);
        }
        return new CredentialVerification(true, null, Verification.of(certificate, clock.today()));
    }

    /** The outcome of checking a credential: whether it is authentic and, if so, the certificate's standing. */
    @Schema(description = "The outcome of checking a signed credential")
    public record CredentialVerification(
            @Schema(description = "signed with the platform's key, unaltered, and naming a certificate of the registry")
            boolean authentic,

            @Schema(
                    nullable = true,
                    description = "why it is not authentic, in the caller's language (Accept-Language: zh-CN "
                            + "by default, en); null when authentic",
                    example = "签名与内容不符：该凭证已被篡改，或并非由本平台签发")
            String problem,

            @Schema(
                    nullable = true,
                    description = "the certificate's status and printed details; null unless authentic")
            Verification certificate) {}

    private String nextNumber(int year) {
        // the row lock of the upsert serialises concurrent issues; a rolled-back issue gives its number back
        long sequence = ((Number) entityManager
                        .createNativeQuery("""
                insert into certificate_number_counter (year, last_value) values (?1, 1)
                on conflict (year) do update set last_value = certificate_number_counter.last_value + 1
                returning last_value""")
                        .setParameter(1, year)
                        .getSingleResult())
                .longValue();
        return "NTTB-%d-%06d".formatted(year, sequence);
    }

    /** Locked: two administrators certifying the same trainee at once get one certificate. */
    private static Enrolment lockedEnrolment(UUID enrolmentId) {
        Enrolment enrolment = Enrolment.findById(enrolmentId, LockModeType.PESSIMISTIC_WRITE);
        if (enrolment == null) {
            throw ProblemException.notFound("enrolment", enrolmentId);
        }
        return enrolment;
    }

    /** An enrolled trainee who passed the exam and holds no certificate of the programme yet. */
    private void requireCertifiable(Enrolment enrolment) {
        if (enrolment.status != EnrolmentStatus.ENROLLED || exams.passOf(enrolment.id) == null) {
            throw new ProblemException(
                    Status.CONFLICT, "not-passed", "not-passed", enrolment.traineeName, enrolment.id);
        }
        if (holdsCertificate(enrolment.id)) {
            throw new ProblemException(
                    Status.CONFLICT, "already-certified", "already-certified", enrolment.traineeName, enrolment.id);
        }
    }

    private static boolean holdsCertificate(UUID enrolmentId) {
        return Certificate.count("enrolmentId = ?1 and revokedAt is null", enrolmentId) > 0;
    }
}
