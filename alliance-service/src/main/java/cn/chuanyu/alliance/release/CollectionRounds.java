package cn.chuanyu.alliance.release;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItemStatus;
import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Collection rounds: the secretariat opens, closes and publishes them; zones submit and retract their published items
 * while a round is open. Every command locks the round's row first, so that commands on one round take effect one after
 * the other: no submission slips in after the close, and of two concurrent publications only the first succeeds.
 */
@ApplicationScoped
public class CollectionRounds {

    private final Outbox outbox;
    private final AllianceClock clock;

    CollectionRounds(Outbox outbox, AllianceClock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public CollectionRound open(OpenRoundRequest request, Caller caller) {
        requireSecretariat(caller, "secretariat-opens-rounds");
        String name = request.name().strip();
        if (CollectionRound.count("name", name) > 0) {
            throw new ProblemException(Status.CONFLICT, "round-name-taken", "round-name-taken", name);
        }
        CollectionRound round = CollectionRound.open(request, caller.user(), now());
        round.persist();
        return round;
    }

    /** Puts a published, still valid item of the caller's zone into the open round, once. */
    @Transactional
    public RoundSubmission submit(UUID roundId, UUID itemId, Caller caller) {
        CollectionRound round = locked(roundId);
        BoardItem item = BoardItem.findById(itemId);
        if (item == null) {
            throw ProblemException.notFound("board-item", itemId);
        }
        caller.requireActsFor(item.zoneCode);
        LocalDate today = clock.today();
        round.requireOpenForSubmissions(caller.secretariat(), today);
        if (item.status != BoardItemStatus.PUBLISHED || item.validUntil.isBefore(today)) {
            throw new ProblemException(
                    Status.CONFLICT, "item-not-published", "item-not-published", itemId, item.statusOn(today));
        }
        if (RoundSubmission.count("roundId = ?1 and itemId = ?2", roundId, itemId) > 0) {
            throw new ProblemException(Status.CONFLICT, "already-submitted", "already-submitted", itemId, round.name);
        }
        RoundSubmission submission = RoundSubmission.of(round, item, caller.user(), now());
        submission.persist();
        return submission;
    }

    /** Takes an item back out of the round while it is open. */
    @Transactional
    public void retract(UUID roundId, UUID itemId, Caller caller) {
        CollectionRound round = locked(roundId);
        RoundSubmission submission = submission(roundId, itemId);
        caller.requireActsFor(submission.zoneCode);
        round.requireOpenForSubmissions(caller.secretariat(), clock.today());
        submission.delete();
    }

    @Transactional
    public CollectionRound close(UUID roundId, Caller caller) {
        requireSecretariat(caller, "secretariat-closes-rounds");
        CollectionRound round = locked(roundId);
        round.close(caller.user(), now());
        return round;
    }

    /**
     * Publishes the closed round's release: copies the content of its submitted items still published (withdrawn ones
     * are left out) and announces it. The copies never change afterwards.
     */
    @Transactional
    public ReleaseSummary publish(UUID roundId, Caller caller) {
        requireSecretariat(caller, "secretariat-publishes-releases");
        CollectionRound round = locked(roundId);
        round.requirePublishable();
        List<BoardItem> submitted = BoardItem.list(
                "status = ?1 and id in (select s.itemId from RoundSubmission s where s.roundId = ?2)",
                BoardItemStatus.PUBLISHED,
                roundId);
        List<ReleaseCounts.Tally> tallies = new ArrayList<>();
        for (BoardItem item : submitted) {
            ReleaseItem.copyOf(item, roundId).persist();
            tallies.add(new ReleaseCounts.Tally(item.kind, item.zoneCode, 1));
        }
        // The database takes release items only while their round is CLOSED: write them before marking it published.
        CollectionRound.flush();
        round.markPublished(caller.user(), now());
        ReleaseCounts counts = ReleaseCounts.of(tallies);
        outbox.publish(ReleaseEvents.published(round, counts));
        return ReleaseSummary.of(round, counts);
    }

    public CollectionRound get(UUID roundId) {
        CollectionRound round = CollectionRound.findById(roundId);
        if (round == null) {
            throw ProblemException.notFound("collection-round", roundId);
        }
        return round;
    }

    public RoundView view(CollectionRound round) {
        return RoundView.of(round, RoundSubmission.count("roundId", round.id));
    }

    /** Rounds, the most recently opened first. */
    public PageOf<RoundView> rounds(RoundStatus status, int page, int size) {
        PanacheQuery<CollectionRound> query = status == null
                ? CollectionRound.find("order by openedAt desc, id")
                : CollectionRound.find("status = ?1 order by openedAt desc, id", status);
        query.page(page, size);
        List<CollectionRound> rounds = query.list();
        Map<UUID, Long> submissions = new HashMap<>();
        if (!rounds.isEmpty()) {
            RoundSubmission.getEntityManager()
                    .createQuery(
                            "select s.roundId, count(s) from RoundSubmission s where s.roundId in ?1"
                                    + " group by s.roundId",
                            Object[].class)
                    .setParameter(1, rounds.stream().map(r -> r.id).toList())
                    .getResultList()
                    .forEach(row -> submissions.put((UUID) row[0], (Long) row[1]));
        }
        return new PageOf<>(rounds, page, size, query.count())
                .map(r -> RoundView.of(r, submissions.getOrDefault(r.id, 0L)));
    }

    public SubmissionView submissionView(UUID roundId, UUID itemId) {
        get(roundId);
        RoundSubmission submission = submission(roundId, itemId);
        return view(submission, BoardItem.findById(itemId), clock.today());
    }

    /** A round's submissions, latest first, optionally of one zone or kind. */
    public PageOf<SubmissionView> submissions(UUID roundId, String zone, BoardItemKind kind, int page, int size) {
        get(roundId);
        List<String> where = new ArrayList<>(List.of("roundId = :round"));
        Map<String, Object> params = new HashMap<>(Map.of("round", roundId));
        if (zone != null) {
            where.add("zoneCode = :zone");
            params.put("zone", zone);
        }
        if (kind != null) {
            where.add("kind = :kind");
            params.put("kind", kind);
        }
        PanacheQuery<RoundSubmission> query =
                RoundSubmission.find(String.join(" and ", where) + " order by submittedAt desc, id", params);
        query.page(page, size);
        List<RoundSubmission> found = query.list();
        Map<UUID, BoardItem> boardItems = found.isEmpty()
                ? Map.of()
                : BoardItem.<BoardItem>list(
                                "id in ?1", found.stream().map(s -> s.itemId).toList())
                        .stream()
                        .collect(Collectors.toMap(i -> i.id, Function.identity()));
        LocalDate today = clock.today();
        return new PageOf<>(found, page, size, query.count()).map(s -> view(s, boardItems.get(s.itemId), today));
    }

    private static SubmissionView view(RoundSubmission s, BoardItem item, LocalDate today) {
        return new SubmissionView(
                s.roundId,
                s.itemId,
                s.zoneCode,
                s.kind,
                item.title,
                item.statusOn(today),
                s.submittedBy,
                s.submittedAt);
    }

    private static RoundSubmission submission(UUID roundId, UUID itemId) {
        RoundSubmission submission = RoundSubmission.find("roundId = ?1 and itemId = ?2", roundId, itemId)
                .firstResult();
        if (submission == null) {
            throw new ProblemException(Status.NOT_FOUND, "not-found", "submission-not-found", itemId, roundId);
        }
        return submission;
    }

    private static CollectionRound locked(UUID roundId) {
        CollectionRound round = CollectionRound.findById(roundId, LockModeType.PESSIMISTIC_WRITE);
        if (round == null) {
            throw ProblemException.notFound("collection-round", roundId);
        }
        return round;
    }

    private static void requireSecretariat(Caller caller, String detailKey) {
        if (!caller.secretariat()) {
            throw ProblemException.forbidden(detailKey);
        }
    }

    private Instant now() {
        return clock.now();
    }
}
