package cn.chuanyu.conference.award;

import cn.chuanyu.conference.edition.Conferences;
import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.web.problem.ProblemException;
import cn.chuanyu.web.problem.ProblemTexts.Term;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Quotas, grants and the announcement of a conference's excellent-paper awards. */
@ApplicationScoped
public class Awards {

    private final EntityManager entityManager;
    private final Conferences conferences;
    private final Outbox outbox;
    private final ConferenceClock clock;

    Awards(EntityManager entityManager, Conferences conferences, Outbox outbox, ConferenceClock clock) {
        this.entityManager = entityManager;
        this.conferences = conferences;
        this.outbox = outbox;
        this.clock = clock;
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
                        "quota-below-granted",
                        granted.get(grade),
                        term(grade),
                        quota);
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
     * Grants an award to an accepted paper of the conference within the grade's quota, once per paper; announced at
     * once when the conference's awards already were.
     */
    @Transactional
    public PaperAward grant(UUID conferenceId, UUID paperId, AwardGrade grade, String citation, String organiser) {
        Paper paper = Paper.findById(paperId);
        if (paper == null || !paper.conferenceId.equals(conferenceId)) {
            throw new ProblemException(Status.NOT_FOUND, "not-found", "paper-not-of-conference", paperId, conferenceId);
        }
        serialiseGrantsAndAnnouncement(conferenceId);
        PaperAward award = PaperAward.grant(paper, grade, citation, organiser, clock.now());
        requireQuotaLeft(conferenceId, grade);
        requireNoAwardYet(paperId);
        award.persist();
        outbox.publish(AwardEvents.awarded(award, paper));
        if (announced(conferenceId)) {
            outbox.publish(AwardEvents.announced(award, paper, award.grantedAt));
        }
        return award;
    }

    /** Makes the awards public and announces each of them, once: announcing again changes nothing. */
    @Transactional
    public void announce(UUID conferenceId, String organiser) {
        conferences.get(conferenceId);
        serialiseGrantsAndAnnouncement(conferenceId);
        Instant now = clock.now();
        int first = entityManager
                .createNativeQuery("""
                insert into award_announcement (conference_id, announced_by, announced_at) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, conferenceId)
                .setParameter(2, organiser)
                .setParameter(3, now)
                .executeUpdate();
        if (first == 1) {
            for (PaperAward award : of(conferenceId)) {
                outbox.publish(AwardEvents.announced(award, Paper.findById(award.paperId), now));
            }
        }
    }

    public boolean announced(UUID conferenceId) {
        return ((Number) entityManager
                                .createNativeQuery("select count(*) from award_announcement where conference_id = ?1")
                                .setParameter(1, conferenceId)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /**
     * The awards as {@link #of} lists them, for anyone once announced ({@code announced}: {@link #announced}, which the
     * caller has asked already); before that, for organisers only.
     */
    public List<PaperAward> visible(UUID conferenceId, boolean announced, Caller caller) {
        if (!caller.organiser() && !announced) {
            throw new ProblemException(Status.NOT_FOUND, "awards-not-announced", "awards-not-announced", conferenceId);
        }
        return of(conferenceId);
    }

    public List<PaperAward> of(UUID conferenceId) {
        conferences.get(conferenceId);
        // grades are stored by name: order them by rank here, 特等奖 first
        return PaperAward.<PaperAward>list("conferenceId", conferenceId).stream()
                .sorted(Comparator.comparing((PaperAward a) -> a.grade).thenComparing(a -> a.grantedAt))
                .toList();
    }

    /** The awarded papers with their authors, by id: one query for the whole list. */
    public Map<UUID, Paper> papersOf(List<PaperAward> awards) {
        if (awards.isEmpty()) {
            return Map.of();
        }
        return Paper.<Paper>find(
                        "select distinct p from Paper p left join fetch p.authors where p.id in ?1",
                        awards.stream().map(a -> a.paperId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(p -> p.id, p -> p));
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

    /** The quota row is locked for the count and the insert, so concurrent grants cannot exceed it. */
    private void requireQuotaLeft(UUID conferenceId, AwardGrade grade) {
        List<?> quota = entityManager
                .createNativeQuery("select quota from award_quota where conference_id = ?1 and grade = ?2 for update")
                .setParameter(1, conferenceId)
                .setParameter(2, grade.name())
                .getResultList();
        long granted = PaperAward.count("conferenceId = ?1 and grade = ?2", conferenceId, grade);
        if (quota.isEmpty() || granted >= ((Number) quota.get(0)).longValue()) {
            throw quota.isEmpty()
                    ? new ProblemException(Status.CONFLICT, "award-quota-exhausted", "award-quota-not-set", term(grade))
                    : new ProblemException(
                            Status.CONFLICT,
                            "award-quota-exhausted",
                            "award-quota-exhausted",
                            term(grade),
                            ((Number) quota.get(0)).longValue(),
                            granted);
        }
    }

    /**
     * A grant and the announcement of the same conference take turns (a transaction lock), so an award granted while
     * the awards are announced is announced either with them or by its own grant, never not at all.
     */
    private void serialiseGrantsAndAnnouncement(UUID conferenceId) {
        entityManager
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) as locked")
                .setParameter(1, "conference-awards:" + conferenceId)
                .getResultList();
    }

    private static void requireNoAwardYet(UUID paperId) {
        if (PaperAward.count("paperId", paperId) > 0) {
            throw new ProblemException(Status.CONFLICT, "paper-already-awarded", "paper-already-awarded", paperId);
        }
    }

    static Term term(AwardGrade grade) {
        return new Term("grade-" + grade.name().toLowerCase(Locale.ROOT));
    }

    private Map<AwardGrade, Long> granted(UUID conferenceId) {
        Map<AwardGrade, Long> granted = new EnumMap<>(AwardGrade.class);
        PaperAward.<PaperAward>list("conferenceId", conferenceId).forEach(a -> granted.merge(a.grade, 1L, Long::sum));
        return granted;
    }
}
