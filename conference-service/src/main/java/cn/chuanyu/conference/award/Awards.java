package cn.chuanyu.conference.award;

import cn.chuanyu.conference.edition.Conferences;
import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.conference.paper.PaperEvents;
import cn.chuanyu.conference.paper.PaperStatus;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.eventing.outbox.OutgoingEvent;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Quotas, grants and the announcement of a conference's excellent-paper awards. */
@ApplicationScoped
public class Awards {

    public static final String AWARDED = "cn.chuanyu.conference.paper.awarded.v1";
    private final EntityManager entityManager;
    private final Conferences conferences;
    private final Outbox outbox;

    Awards(EntityManager entityManager, Conferences conferences, Outbox outbox) {
        this.entityManager = entityManager;
        this.conferences = conferences;
        this.outbox = outbox;
    }

    /** Sets the quota per grade; a quota below what is already granted is refused. */
    @Transactional
    public Map<AwardGrade, Integer> setQuotas(UUID conferenceId, Map<AwardGrade, Integer> quotas) {
        conferences.get(conferenceId);
        Map<AwardGrade, Long> granted = granted(conferenceId);
        quotas.forEach((grade, quota) -> {
            if (quota < granted.getOrDefault(grade, 0L)) {
                throw new ProblemException(
                        Status.CONFLICT,
                        "quota-below-granted",
                        "Quota below awards granted",
                        "%d %s awards are granted already; the quota cannot be %d"
                                .formatted(granted.get(grade), grade, quota));
            }
            entityManager
                    .createNativeQuery("""
                    insert into award_quota (conference_id, grade, quota) values (?1, ?2, ?3)
                    on conflict (conference_id, grade) do update set quota = excluded.quota""")
                    .setParameter(1, conferenceId)
                    .setParameter(2, grade.name())
                    .setParameter(3, quota)
                    .executeUpdate();
        });
        return quotas(conferenceId);
    }

    /**
     * Grants an award to an accepted paper of the conference within the grade's quota. The quota row is locked for the
     * count and the insert, so concurrent grants cannot exceed it.
     */
    @Transactional
    public PaperAward grant(UUID conferenceId, UUID paperId, AwardGrade grade, String citation, String organiser) {
        Paper paper = Paper.findById(paperId);
        if (paper == null || !paper.conferenceId.equals(conferenceId)) {
            throw ProblemException.notFound("Paper of conference " + conferenceId, paperId);
        }
        if (paper.status != PaperStatus.ACCEPTED) {
            throw new ProblemException(
                    Status.CONFLICT,
                    "paper-not-accepted",
                    "Only accepted papers are awarded",
                    "Paper " + paperId + " is " + paper.status);
        }
        List<?> quota = entityManager
                .createNativeQuery("select quota from award_quota where conference_id = ?1 and grade = ?2 for update")
                .setParameter(1, conferenceId)
                .setParameter(2, grade.name())
                .getResultList();
        long granted = PaperAward.count("conferenceId = ?1 and grade = ?2", conferenceId, grade);
        if (quota.isEmpty() || granted >= ((Number) quota.get(0)).longValue()) {
            throw new ProblemException(
                    Status.CONFLICT,
                    "award-quota-exhausted",
                    "The quota is exhausted",
                    "%s awards of this conference: quota %s, granted %d"
                            .formatted(grade, quota.isEmpty() ? "not set" : quota.get(0), granted));
        }
        if (PaperAward.count("paperId", paperId) > 0) {
            throw new ProblemException(
                    Status.CONFLICT,
                    "paper-already-awarded",
                    "The paper has an award",
                    "Paper " + paperId + " was awarded already");
        }
        var award = new PaperAward();
        award.id = UUID.randomUUID();
        award.conferenceId = conferenceId;
        award.paperId = paperId;
        award.grade = grade;
        award.citation = citation;
        award.grantedBy = organiser;
        award.grantedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        award.persist();
        outbox.publish(awarded(award, paper));
        return award;
    }

    @Transactional
    public void announce(UUID conferenceId, String organiser) {
        conferences.get(conferenceId);
        entityManager
                .createNativeQuery("""
                insert into award_announcement (conference_id, announced_by, announced_at) values (?1, ?2, now())
                on conflict do nothing""")
                .setParameter(1, conferenceId)
                .setParameter(2, organiser)
                .executeUpdate();
    }

    public boolean announced(UUID conferenceId) {
        return ((Number) entityManager
                                .createNativeQuery("select count(*) from award_announcement where conference_id = ?1")
                                .setParameter(1, conferenceId)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    public List<PaperAward> of(UUID conferenceId) {
        conferences.get(conferenceId);
        // grades are stored by name: order them by rank here, 特等奖 first
        return PaperAward.<PaperAward>list("conferenceId", conferenceId).stream()
                .sorted(Comparator.comparing((PaperAward a) -> a.grade).thenComparing(a -> a.grantedAt))
                .toList();
    }

    public Map<AwardGrade, Integer> quotas(UUID conferenceId) {
        Map<AwardGrade, Integer> quotas = new EnumMap<>(AwardGrade.class);
        for (Object row : entityManager
                .createNativeQuery("select grade, quota from award_quota where conference_id = ?1")
                .setParameter(1, conferenceId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            quotas.put(AwardGrade.valueOf((String) r[0]), ((Number) r[1]).intValue());
        }
        return quotas;
    }

    private Map<AwardGrade, Long> granted(UUID conferenceId) {
        Map<AwardGrade, Long> granted = new EnumMap<>(AwardGrade.class);
        PaperAward.<PaperAward>list("conferenceId", conferenceId).forEach(a -> granted.merge(a.grade, 1L, Long::sum));
        return granted;
    }

    private static OutgoingEvent awarded(PaperAward award, Paper paper) {
        Map<String, Object> data = new HashMap<>();
        data.put("awardId", award.id.toString());
        data.put("paperId", paper.id.toString());
        data.put("conferenceId", award.conferenceId.toString());
        data.put("title", paper.title);
        data.put("grade", award.grade.name());
        data.put(
                "authors",
                paper.authors.stream()
                        .map(a -> Map.of(
                                "name",
                                a.name(),
                                "institution",
                                a.institution(),
                                "region",
                                a.region().name()))
                        .toList());
        data.put("crossRegion", paper.crossRegion);
        data.put("grantedAt", award.grantedAt.toString());
        return new OutgoingEvent(PaperEvents.TOPIC, AWARDED, "paper", paper.id.toString(), data);
    }
}
