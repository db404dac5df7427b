package cn.chuanyu.alliance.release;

import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.interest.Interests;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The public, read-only side of published releases. */
@ApplicationScoped
public class Releases {

    private final Interests interests;

    Releases(Interests interests) {
        this.interests = interests;
    }

    private static final Comparator<ReleaseItem> ORDER = Comparator.<ReleaseItem, BoardItemKind>comparing(i -> i.kind)
            .thenComparing(i -> i.zoneCode)
            .thenComparing(i -> i.title)
            .thenComparing(i -> i.itemId);

    /** Published releases, newest first. */
    public PageOf<ReleaseSummary> releases(int page, int size) {
        PanacheQuery<CollectionRound> query =
                CollectionRound.find("status = ?1 order by publishedAt desc, id", RoundStatus.PUBLISHED);
        query.page(page, size);
        List<CollectionRound> rounds = query.list();
        Map<UUID, List<ReleaseCounts.Tally>> tallies = new HashMap<>();
        if (!rounds.isEmpty()) {
            ReleaseItem.getEntityManager()
                    .createQuery(
                            "select r.roundId, r.kind, r.zoneCode, count(r) from ReleaseItem r where r.roundId in ?1"
                                    + " group by r.roundId, r.kind, r.zoneCode",
                            Object[].class)
                    .setParameter(1, rounds.stream().map(r -> r.id).toList())
                    .getResultList()
                    .forEach(row -> tallies.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                            .add(new ReleaseCounts.Tally((BoardItemKind) row[1], (String) row[2], (Long) row[3])));
        }
        return new PageOf<>(rounds, page, size, query.count())
                .map(r -> ReleaseSummary.of(r, ReleaseCounts.of(tallies.getOrDefault(r.id, List.of()))));
    }

    /** One release with its counts, and its items of the kind and zone asked for (null: any). */
    public ReleaseView release(UUID roundId, BoardItemKind kind, String zone) {
        CollectionRound round = CollectionRound.findById(roundId);
        if (round == null || round.status != RoundStatus.PUBLISHED) {
            throw ProblemException.notFound("release", roundId);
        }
        List<ReleaseItem> all = ReleaseItem.list("roundId", roundId);
        ReleaseCounts counts = ReleaseCounts.of(all.stream()
                .map(i -> new ReleaseCounts.Tally(i.kind, i.zoneCode, 1))
                .toList());
        List<ReleaseItem> shown = all.stream()
                .filter(i -> kind == null || i.kind == kind)
                .filter(i -> zone == null || i.zoneCode.equals(zone))
                .sorted(ORDER)
                .toList();
        Map<UUID, Interests.Count> interest =
                interests.countsFor(shown.stream().map(i -> i.itemId).toList());
        List<ReleaseItemView> items = shown.stream()
                .map(i -> ReleaseItemView.of(i, interest.getOrDefault(i.itemId, Interests.Count.NONE)))
                .toList();
        return new ReleaseView(
                round.id,
                round.name,
                round.periodStart,
                round.periodEnd,
                round.publishedAt,
                counts.total(),
                counts,
                items);
    }
}
