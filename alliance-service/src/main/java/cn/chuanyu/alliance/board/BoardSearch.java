package cn.chuanyu.alliance.board;

import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.web.Cursor;
import cn.chuanyu.web.KeysetPage;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * The board's listings and text searches: native SQL read by keyset (a cursor of the ordering key and the id), with
 * totals counted up to a cap. The SQL was tuned and measured on 100,000 items; see {@link #search} before changing it.
 */
@ApplicationScoped
public class BoardSearch {

    /** Matches of a text search counted at most: a client shows "100+" beyond. */
    public static final int SEARCH_TOTAL_CAP = 100;

    /** A search first reads a page among this many items of the listing (from the cursor on), newest first. */
    static final int SEARCH_WINDOW = 1000;

    /** Rows PostgreSQL sends at a time to {@link #each}. */
    static final int STREAM_FETCH = 500;

    private final AllianceClock clock;

    BoardSearch(AllianceClock clock) {
        this.clock = clock;
    }

    /** Filters of the board; null means any (and, for the status, PUBLISHED). */
    public record Filter(String zone, BoardItemKind kind, String industry, String query, BoardItemStatus status) {}

    /**
     * One keyset page of the board, newest first: published items still valid today for anyone; a zone's drafts,
     * submitted (awaiting approval), withdrawn or expired items (status filter) for that zone's officers and the
     * secretariat, whose SUBMITTED list without a zone is its queue of every zone's. {@code query} matches title or
     * description text, or a keyword (see {@link #search}).
     */
    public KeysetPage<BoardItem> board(Filter filter, Caller caller, Cursor after, int size) {
        Scope scope = scope(filter, caller);
        BoardItemStatus status = scope.status();
        String zone = scope.zone();
        boolean published = status == BoardItemStatus.PUBLISHED || status == BoardItemStatus.EXPIRED;
        Conditions conditions = conditions(status, zone, filter);
        if (filter.query() != null && !filter.query().isBlank()) {
            return search(filter.query().strip(), conditions, published, after, size);
        }
        var em = BoardItem.getEntityManager();
        // counting up to the cap costs a bounded index scan; count(*) of a broad filter scans the board
        int counted = countUpTo(KeysetPage.TOTAL_CAP + 1, conditions, "");
        conditions.after(after);
        // one more than asked for tells whether there is a next page
        List<BoardItem> page = list(conditions.bind(em.createNativeQuery(
                "select * from board_item where " + conditions + conditions.order() + " limit " + (size + 1),
                BoardItem.class)));
        return page(page, published, size, counted, KeysetPage.TOTAL_CAP);
    }

    /**
     * What a caller may list under a filter: the status (PUBLISHED when none) and the zone it is narrowed to. Refuses a
     * zone's DRAFT, SUBMITTED, WITHDRAWN or EXPIRED items to anyone but that zone's officers and the secretariat (401
     * anonymous, 403 otherwise).
     */
    public Scope scope(Filter filter, Caller caller) {
        BoardItemStatus status = filter.status() == null ? BoardItemStatus.PUBLISHED : filter.status();
        String zone = filter.zone();
        if (status != BoardItemStatus.PUBLISHED) {
            if (caller.anonymous()) {
                throw new UnauthorizedException("Only a zone's officers and the secretariat list " + status + " items");
            }
            zone = zone == null && !caller.secretariat() ? caller.zone() : zone;
            if (zone != null) {
                caller.requireActsFor(zone);
            } else if (!caller.secretariat()) {
                throw ProblemException.forbidden("list-needs-zone", status);
            }
        }
        return new Scope(filter, status, zone);
    }

    /** A filter with the caller's rights applied ({@link #scope}): what may be read, already allowed. */
    public record Scope(Filter filter, BoardItemStatus status, String zone) {}

    /**
     * Every item that {@link #board} lists on all its pages, in the same order, read as one database stream: for an
     * export of the whole board (100,000 items) in constant memory. Call inside a transaction: PostgreSQL reads a
     * result set in batches of {@value #STREAM_FETCH} only with autocommit off and a fetch size; otherwise the driver
     * reads every row before the first. Each item is detached once handed over, so that the persistence context does
     * not grow with the board.
     */
    public void each(Scope scope, Consumer<BoardItem> each) {
        Conditions conditions = conditions(scope.status(), scope.zone(), scope.filter());
        String query = scope.filter().query();
        // the pages of a search are its matches in the listing's order, whichever plan found them
        String match = query == null || query.isBlank() ? "" : " and " + match(query.strip(), conditions);
        var em = BoardItem.getEntityManager();
        Query items = conditions
                .bind(em.createNativeQuery(
                        "select * from board_item where " + conditions + match + conditions.order(), BoardItem.class))
                .setHint(HibernateHints.HINT_FETCH_SIZE, STREAM_FETCH)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        try (Stream<?> stream = items.getResultStream()) {
            stream.forEach(item -> {
                each.accept((BoardItem) item);
                em.detach(item);
            });
        }
    }

    /**
     * The listing's conditions in SQL, shared by listings and searches. The status is a literal, not a parameter: the
     * partial indexes (where status = 'PUBLISHED') stay usable when PostgreSQL switches the prepared statement to a
     * generic plan. Published and expired items are ordered by publication, drafts and withdrawn ones by creation.
     */
    private Conditions conditions(BoardItemStatus status, String zone, Filter filter) {
        boolean published = status == BoardItemStatus.PUBLISHED || status == BoardItemStatus.EXPIRED;
        var conditions = new Conditions(
                new ArrayList<>(List.of(
                        switch (status) {
                            case PUBLISHED -> "status = 'PUBLISHED' and valid_until >= :today";
                            case EXPIRED -> "status = 'PUBLISHED' and valid_until < :today";
                            case DRAFT -> "status = 'DRAFT'";
                            case SUBMITTED -> "status = 'SUBMITTED'";
                            case WITHDRAWN -> "status = 'WITHDRAWN'";
                        })),
                new HashMap<>(),
                published ? "published_at" : "created_at");
        if (published) {
            conditions.params().put("today", today());
        }
        if (zone != null) {
            conditions.add("zone_code = :zone", "zone", zone);
        }
        if (filter.kind() != null) {
            conditions.add("kind = :kind", "kind", filter.kind().name());
        }
        if (filter.industry() != null) {
            conditions.add("industries @> array[cast(:industry as varchar)]", "industry", filter.industry());
        }
        return conditions;
    }

    /** SQL conditions joined by {@code and}, their parameters, and the key the board is ordered by. */
    private record Conditions(List<String> where, Map<String, Object> params, String key) {

        void add(String condition, String parameter, Object value) {
            where.add(condition);
            params.put(parameter, value);
        }

        /** From the cursor on: the keyset condition. */
        void after(Cursor after) {
            if (after != null) {
                where.add("(" + key + " < :at or (" + key + " = :at and id > :after))");
                params.put("at", after.at());
                params.put("after", after.id());
            }
        }

        String order() {
            return " order by " + key + " desc, id";
        }

        Query bind(Query query) {
            params.forEach(query::setParameter);
            return query;
        }

        @Override
        public String toString() {
            return String.join(" and ", where);
        }
    }

    /**
     * A text search: title or description containing the text (% and _ taken literally), or the text as a keyword.
     *
     * <p>PostgreSQL cannot estimate how many items contain a text, and no one plan suits every text (measured on
     * 100,000 items): walking the board newest first and testing each item fills a page of a common term (1 item in 13)
     * after some 300 items, but walks the whole board (0.5 s) for a rare or absent one, which is what it chose for
     * those; the trigram indexes find a rare term's few matches at once, but for a common one must fetch and test every
     * match (7,700) to sort them. A prepared statement's generic plan does not know the text at all. So the count, up
     * to {@value #SEARCH_TOTAL_CAP}, decides: when it finds no more matches, the page is read through the indexes (at
     * most that many to sort); beyond it, the page is read among the newest {@value #SEARCH_WINDOW} items of the
     * listing (after the cursor), newest first, stopping when it is full, and through the indexes only if they do not
     * fill it (a term common on older items only). Native SQL: the window is a derived table with its own limit, and
     * OFFSET 0 keeps the index read from being turned back into a walk of the board in key order. A text of one or two
     * characters has no trigram: PostgreSQL then scans the table to count and find a rare one.
     *
     * <p>For the same reason the total is counted only up to {@value #SEARCH_TOTAL_CAP} matches, not up to
     * {@link KeysetPage#TOTAL_CAP} like a listing: counting 1,000 matches of a common term tested some 13,000 items per
     * request, the cost that saturated the database at 100 searches/s.
     */
    private KeysetPage<BoardItem> search(
            String text, Conditions conditions, boolean published, Cursor after, int size) {
        String match = match(text, conditions);

        var em = BoardItem.getEntityManager();
        int counted = countUpTo(SEARCH_TOTAL_CAP + 1, conditions, " and " + match);

        conditions.after(after);
        String order = conditions.order();
        // one more than asked for tells whether there is a next page
        List<BoardItem> page = List.of();
        if (counted > SEARCH_TOTAL_CAP) {
            page = list(conditions.bind(em.createNativeQuery(
                    "select * from (select * from board_item where " + conditions + order + " limit " + SEARCH_WINDOW
                            + ") w where " + match + order + " limit " + (size + 1),
                    BoardItem.class)));
        }
        if (page.size() <= size) {
            page = list(conditions.bind(em.createNativeQuery(
                    "select * from (select * from board_item where " + conditions + " and " + match + " offset 0) m"
                            + order + " limit " + (size + 1),
                    BoardItem.class)));
        }
        return page(page, published, size, counted, SEARCH_TOTAL_CAP);
    }

    /** A search's condition in SQL (its parameters added): the text in the title or description, or as a keyword. */
    private static String match(String text, Conditions conditions) {
        conditions
                .params()
                .put(
                        "like",
                        "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        conditions.params().put("keyword", text);
        return "(title like :like escape '\\' or description like :like escape '\\'"
                + " or keywords @> array[cast(:keyword as varchar)])";
    }

    /**
     * The items that meet the conditions, counted up to {@code limit}: one row back, where reading the ids themselves
     * brought up to a thousand rows through JDBC and Hibernate for each listing.
     */
    private static int countUpTo(int limit, Conditions conditions, String andMatch) {
        Number counted = (Number) conditions
                .bind(BoardItem.getEntityManager()
                        .createNativeQuery("select count(*) from (select 1 from board_item where " + conditions
                                + andMatch + " limit " + limit + ") capped"))
                .getSingleResult();
        return counted.intValue();
    }

    @SuppressWarnings("unchecked")
    private static List<BoardItem> list(Query query) {
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

    private LocalDate today() {
        return clock.today();
    }
}
