package cn.chuanyu.alliance.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.security.UnauthorizedException;

import cn.chuanyu.alliance.member.Actor;
import cn.chuanyu.alliance.time.AllianceClock;
import cn.chuanyu.alliance.zone.Zone;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.web.Cursor;
import cn.chuanyu.web.KeysetPage;
import cn.chuanyu.web.problem.ProblemException;

/** Drafting, publishing and withdrawing board items, and the public board. */
@ApplicationScoped
public class BoardItems {

    private final Outbox outbox;
    private final AllianceClock clock;

    BoardItems(Outbox outbox, AllianceClock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Filters of the public board; null means any. */
    public record Filter(String zone, BoardItemKind kind, String industry, String query, BoardItemStatus status) {

        public Filter(String zone, BoardItemKind kind, String industry, String query) {
            this(zone, kind, industry, query, null);
        }
    }

    @Transactional
    public BoardItem draft(BoardItemRequest request, Actor actor) {
        if (Zone.findById(request.zone()) == null) {
            throw new ProblemException(Status.BAD_REQUEST, "unknown-zone", "No such zone",
                    "'" + request.zone() + "' is not one of the alliance's zones");
        }
        actor.requireActsFor(request.zone());
        BoardItem item = BoardItem.draft(request, actor.user(), now());
        item.persist();
        return item;
    }

    @Transactional
    public BoardItem edit(UUID id, BoardItemRequest request, Actor actor) {
        BoardItem item = locked(id, actor);
        ProblemException.requireVersion("Board item", id, item.version, request.version());
        item.edit(request);
        return item;
    }

    @Transactional
    public BoardItem publish(UUID id, Actor actor) {
        BoardItem item = locked(id, actor);
        item.publish(now(), today());
        outbox.publish(BoardEvents.published(item));
        return item;
    }

    @Transactional
    public BoardItem withdraw(UUID id, Actor actor) {
        BoardItem item = locked(id, actor);
        item.withdraw(now());
        outbox.publish(BoardEvents.withdrawn(item, actor.user()));
        return item;
    }

    /** A published item for anyone; a draft or withdrawn one only for its zone and the secretariat. */
    public BoardItem get(UUID id, Actor actor) {
        BoardItem item = BoardItem.findById(id);
        if (item == null || item.status != BoardItemStatus.PUBLISHED && (actor == null || !actor.actsFor(item.zoneCode))) {
            throw ProblemException.notFound("Board item", id);
        }
        return item;
    }

    /**
     * One keyset page of the board, newest first: published items still valid today for anyone;
     * a zone's drafts, withdrawn or expired items (status filter) for that zone's officers and the
     * secretariat. {@code query} matches title or description text, or a keyword (see {@link #search}).
     */
    public KeysetPage<BoardItem> board(Filter filter, Actor actor, Cursor after, int size) {
        BoardItemStatus status = filter.status() == null ? BoardItemStatus.PUBLISHED : filter.status();
        String zone = filter.zone();
        if (status != BoardItemStatus.PUBLISHED) {
            if (actor == null) {
                throw new UnauthorizedException("Only a zone's officers and the secretariat list " + status + " items");
            }
            zone = zone == null && !actor.secretariat() ? actor.zone() : zone;
            if (zone != null) {
                actor.requireActsFor(zone);
            } else if (!actor.secretariat()) {
                throw ProblemException.forbidden("Your token names no zone; name the zone whose " + status + " items to list");
            }
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            return search(filter.query().strip(), status, zone, filter, after, size);
        }
        // the status is a literal, not a parameter: the partial indexes (where status = 'PUBLISHED') stay
        // usable when PostgreSQL switches the prepared statement to a generic plan
        List<String> where = new ArrayList<>(List.of(switch (status) {
            case PUBLISHED -> "status = cn.chuanyu.alliance.board.BoardItemStatus.PUBLISHED and validUntil >= :today";
            case EXPIRED -> "status = cn.chuanyu.alliance.board.BoardItemStatus.PUBLISHED and validUntil < :today";
            case DRAFT -> "status = cn.chuanyu.alliance.board.BoardItemStatus.DRAFT";
            case WITHDRAWN -> "status = cn.chuanyu.alliance.board.BoardItemStatus.WITHDRAWN";
        }));
        Map<String, Object> params = new HashMap<>();
        if (status == BoardItemStatus.PUBLISHED || status == BoardItemStatus.EXPIRED) {
            params.put("today", today());
        }
        if (zone != null) {
            where.add("zoneCode = :zone");
            params.put("zone", zone);
        }
        if (filter.kind() != null) {
            where.add("kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.industry() != null) {
            where.add("array_contains(industries, :industry)");
            params.put("industry", filter.industry());
        }
        boolean published = status == BoardItemStatus.PUBLISHED || status == BoardItemStatus.EXPIRED;
        String matching = String.join(" and ", where);
        // counting ids up to the cap costs a bounded index scan; count(*) of a broad filter scans the board
        var ids = BoardItem.getEntityManager().createQuery("select id from BoardItem where " + matching, UUID.class)
                .setMaxResults(KeysetPage.TOTAL_CAP + 1);
        params.forEach(ids::setParameter);
        int counted = ids.getResultList().size();
        // published and expired items are ordered by publication, drafts and withdrawn ones by creation
        String key = published ? "publishedAt" : "createdAt";
        if (after != null) {
            where.add("(" + key + " < :at or (" + key + " = :at and id > :after))");
            params.put("at", after.at());
            params.put("after", after.id());
        }
        // one more than asked for tells whether there is a next page
        List<BoardItem> page = new ArrayList<>(BoardItem.<BoardItem>find(String.join(" and ", where)
                + " order by " + key + " desc, id", params).range(0, size).list());
        return page(page, published, size, counted, KeysetPage.TOTAL_CAP);
    }

    /** Matches of a text search counted at most: a client shows "100+" beyond. */
    public static final int SEARCH_TOTAL_CAP = 100;

    /** A search first reads a page among this many items of the listing (from the cursor on), newest first. */
    static final int SEARCH_WINDOW = 1000;

    /**
     * A text search: title or description containing the text (% and _ taken literally), or the text as a keyword.
     *
     * <p>PostgreSQL cannot estimate how many items contain a text, and no one plan suits every text (measured on
     * 100,000 items): walking the board newest first and testing each item fills a page of a common term (1 item in
     * 13) after some 300 items, but walks the whole board (0.5 s) for a rare or absent one, which is what it chose for
     * those; the trigram indexes find a rare term's few matches at once, but for a common one must fetch and test
     * every match (7,700) to sort them. A prepared statement's generic plan does not know the text at all. So the
     * count, up to {@value #SEARCH_TOTAL_CAP}, decides: when it finds no more matches, the page is read through the
     * indexes (at most that many to sort); beyond it, the page is read among the newest {@value #SEARCH_WINDOW} items
     * of the listing (after the cursor), newest first, stopping when it is full, and through the indexes only if
     * they do not fill it (a term common on older items only). Native SQL: the window is a derived table with its
     * own limit, and OFFSET 0 keeps the index read from being turned back into a walk of the board in key order.
     * A text of one or two characters has no trigram: PostgreSQL then scans the table to count and find a rare one.
     *
     * <p>For the same reason the total is counted only up to {@value #SEARCH_TOTAL_CAP} matches, not up to
     * {@link KeysetPage#TOTAL_CAP} like a listing: counting 1,000 matches of a common term tested some 13,000
     * items per request, the cost that saturated the database at 100 searches/s.
     */
    private KeysetPage<BoardItem> search(String text, BoardItemStatus status, String zone, Filter filter, Cursor after,
            int size) {
        boolean published = status == BoardItemStatus.PUBLISHED || status == BoardItemStatus.EXPIRED;
        List<String> where = new ArrayList<>(List.of(switch (status) {
            case PUBLISHED -> "status = 'PUBLISHED' and valid_until >= :today";
            case EXPIRED -> "status = 'PUBLISHED' and valid_until < :today";
            case DRAFT -> "status = 'DRAFT'";
            case WITHDRAWN -> "status = 'WITHDRAWN'";
        }));
        Map<String, Object> params = new HashMap<>();
        if (published) {
            params.put("today", today());
        }
        if (zone != null) {
            where.add("zone_code = :zone");
            params.put("zone", zone);
        }
        if (filter.kind() != null) {
            where.add("kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.industry() != null) {
            where.add("industries @> array[cast(:industry as varchar)]");
            params.put("industry", filter.industry());
        }
        String match = "(title like :like or description like :like or keywords @> array[cast(:keyword as varchar)])";
        params.put("like", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        params.put("keyword", text);

        var em = BoardItem.getEntityManager();
        var matches = em.createNativeQuery("select id from board_item where " + String.join(" and ", where) + " and " + match
                + " limit " + (SEARCH_TOTAL_CAP + 1));
        params.forEach(matches::setParameter);
        int counted = matches.getResultList().size();

        String key = published ? "published_at" : "created_at";
        if (after != null) {
            where.add("(" + key + " < :at or (" + key + " = :at and id > :after))");
            params.put("at", after.at());
            params.put("after", after.id());
        }
        String filters = String.join(" and ", where);
        String order = " order by " + key + " desc, id";
        // one more than asked for tells whether there is a next page
        List<BoardItem> page = List.of();
        if (counted > SEARCH_TOTAL_CAP) {
            var windowed = em.createNativeQuery("select * from (select * from board_item where " + filters + order
                    + " limit " + SEARCH_WINDOW + ") w where " + match + order + " limit " + (size + 1), BoardItem.class);
            params.forEach(windowed::setParameter);
            page = list(windowed);
        }
        if (page.size() <= size) {
            var indexed = em.createNativeQuery("select * from (select * from board_item where " + filters + " and " + match
                    + " offset 0) m" + order + " limit " + (size + 1), BoardItem.class);
            params.forEach(indexed::setParameter);
            page = list(indexed);
        }
        return page(page, published, size, counted, SEARCH_TOTAL_CAP);
    }

    @SuppressWarnings("unchecked")
    private static List<BoardItem> list(jakarta.persistence.Query query) {
        return new ArrayList<>(query.getResultList());
    }

    private static KeysetPage<BoardItem> page(List<BoardItem> page, boolean published, int size, int counted, int cap) {
        String next = null;
        if (page.size() > size) {
            page.remove(size);
            BoardItem last = page.get(size - 1);
            next = new Cursor(published ? last.publishedAt : last.createdAt, last.id).encode();
        }
        return new KeysetPage<>(page, size, Math.min(counted, cap), counted <= cap, next);
    }

    public LocalDate today() {
        return clock.today();
    }

    private BoardItem locked(UUID id, Actor actor) {
        BoardItem item = BoardItem.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw ProblemException.notFound("Board item", id);
        }
        actor.requireActsFor(item.zoneCode);
        return item;
    }

    private Instant now() {
        return clock.now();
    }
}
