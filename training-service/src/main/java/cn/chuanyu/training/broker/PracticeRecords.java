package cn.chuanyu.training.broker;

import cn.chuanyu.eventing.inbox.IncomingEvent;
import cn.chuanyu.eventing.inbox.PoisonEventException;
import cn.chuanyu.training.certificate.Certificate;
import cn.chuanyu.training.certificate.CertificateStatus;
import cn.chuanyu.training.kernel.TrainingClock;
import cn.chuanyu.training.programme.BrokerLevel;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/** Brokers' practice records: projects signed in the alliance with them, counted once each. */
@ApplicationScoped
public class PracticeRecords {

    static final String STAGE_CHANGED = "cn.chuanyu.alliance.project.stage-changed.v1";
    private static final Logger LOG = Logger.getLogger(PracticeRecords.class);

    private final EntityManager entityManager;
    private final TrainingClock clock;

    PracticeRecords(EntityManager entityManager, TrainingClock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A broker as clients see them: certificates held here and projects signed. */
    @Schema(description = "A technology broker: certificates held and alliance projects signed with them")
    public record BrokerProfile(
            @Schema(description = "the broker's account (token subject name)", example = "zhangsan")
            String subject,

            @Schema(
                    description = "the broker's name (from the latest certificate, else a signed project)",
                    example = "张三")
            String name,

            @Schema(description = "the broker's certificates, latest first (one per programme completed)")
            List<CertificateEntry> certificates,

            @Schema(description = "how many alliance projects were signed with the broker", example = "3")
            long signedProjects,

            @Schema(description = "a page of those projects, latest agreement first (page, size)")
            PageOf<ProjectEntry> projects) {}

    @Schema(description = "One certificate of the broker")
    public record CertificateEntry(
            @Schema(description = "the certificate (GET /api/training/certificates/{id})")
            UUID id,

            @Schema(description = "the printed number", example = "NTTB-2020-000001")
            String number,

            @Schema(description = "the broker grade certified")
            BrokerLevel level,

            @Schema(description = "its status today (Asia/Shanghai)")
            CertificateStatus status,

            @Schema(description = "the day of issue (Asia/Shanghai)")
            LocalDate issuedOn,

            @Schema(description = "the last day it is valid (Asia/Shanghai)")
            LocalDate expiresOn) {}

    @Schema(description = "An alliance project signed for joint construction (签约共建) with the broker")
    public record ProjectEntry(
            @Schema(description = "the alliance project (GET /api/alliance/projects/{id})")
            UUID projectId,

            @Schema(description = "the project's title", example = "智能装备产业协同项目")
            String title,

            @Schema(description = "the zone leading it (an alliance zone code)", example = "CHENGDU")
            String leadZone,

            @Schema(description = "the day the agreement was signed")
            LocalDate agreementDate,

            @Schema(description = "the broker's certificate number named at signing", example = "NTTB-2020-000001")
            String certificateNumber) {}

    /** Applies one project event; runs inside the inbox's transaction, which records the event as applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        if (!STAGE_CHANGED.equals(event.type()) || !"SIGNED".equals(event.optionalText("to"))) {
            return;
        }
        JsonNode signing = event.data().path("signing");
        JsonNode broker = signing.path("broker");
        if (!broker.isObject()) {
            throw new PoisonEventException(event.type() + " " + event.id() + " signs a project without signing.broker");
        }
        UUID projectId = uuid(event, event.requiredText("projectId"));
        // the project's key: a project signed again after a redelivery with a new event id still counts once
        int inserted = entityManager
                .createNativeQuery("""
                insert into broker_signed_project (project_id, broker_subject, broker_name, certificate_number, title,
                    lead_zone, agreement_date, signed_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict (project_id) do nothing""")
                .setParameter(1, projectId)
                .setParameter(2, text(event, broker, "subject"))
                .setParameter(3, text(event, broker, "name"))
                .setParameter(4, text(event, broker, "certificateNumber"))
                .setParameter(5, event.requiredText("title"))
                .setParameter(6, event.requiredText("leadZone"))
                .setParameter(7, date(event, text(event, signing, "agreementDate")))
                .setParameter(8, instant(event, event.requiredText("changedAt")))
                .executeUpdate();
        if (inserted == 0) {
            LOG.infof("Project %s was counted already for its broker", projectId);
        }
    }

    /** The broker's certificates and one page of the projects signed with them. */
    public BrokerProfile profile(String subject, int page, int size) {
        var query = SignedProject.<SignedProject>find(
                        "brokerSubject = ?1 order by agreementDate desc, projectId", subject)
                .page(page, size);
        // the page before the count: each statement sees what has committed when it runs, so a signing applied in
        // between shows in the count too, and the count is never below the page (it was, once, in a test)
        List<SignedProject> projects = query.list();
        long signed = query.count();
        List<Certificate> certificates = Certificate.list("holderSubject = ?1 order by issuedOn desc, number", subject);
        if (signed == 0 && certificates.isEmpty()) {
            throw ProblemException.notFound("broker", subject);
        }
        LocalDate today = clock.today();
        String name = !certificates.isEmpty()
                ? certificates.get(0).holderName
                : SignedProject.<SignedProject>find(
                                "brokerSubject = ?1 order by agreementDate desc, projectId", subject)
                        .firstResult()
                        .brokerName;
        return new BrokerProfile(
                subject,
                name,
                certificates.stream()
                        .map(c -> new CertificateEntry(
                                c.id, c.number, c.level, c.statusOn(today), c.issuedOn, c.expiresOn))
                        .toList(),
                signed,
                new PageOf<>(
                        projects.stream()
                                .map(p -> new ProjectEntry(
                                        p.projectId, p.title, p.leadZone, p.agreementDate, p.certificateNumber))
                                .toList(),
                        page,
                        size,
                        signed));
    }

    private static String text(IncomingEvent event, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new PoisonEventException(
                    event.type() + " " + event.id() + " has no text field '" + field + "' in signing");
        }
        return value.asText();
    }

    private static UUID uuid(IncomingEvent event, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(event.type() + " " + event.id() + ": projectId is not a UUID: " + text, e);
        }
    }

    private static LocalDate date(IncomingEvent event, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException(
                    event.type() + " " + event.id() + ": agreementDate is not a date: " + text, e);
        }
    }

    private static Instant instant(IncomingEvent event, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException(
                    event.type() + " " + event.id() + ": changedAt is not an instant: " + text, e);
        }
    }
}
