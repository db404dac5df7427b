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
     * secretariat. {@code query} matches title or description text (trigram indexes), or a keyword.
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
        if (filter.query() != null && !filter.query().isBlank()) {
            where.add("(title like :like or description like :like or array_contains(keywords, :keyword))");
            params.put("like", "%" + filter.query().strip().replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("keyword", filter.query().strip());
        }
        String matching = String.join(" and ", where);
        // counting ids up to the cap costs a bounded index scan; count(*) of a broad filter scans the board
        var ids = BoardItem.getEntityManager().createQuery("select id from BoardItem where " + matching, UUID.class)
                .setMaxResults(KeysetPage.TOTAL_CAP + 1);
        params.forEach(ids::setParameter);
        int counted = ids.getResultList().size();
        // published and expired items are ordered by publication, drafts and withdrawn ones by creation
        boolean published = status == BoardItemStatus.PUBLISHED || status == BoardItemStatus.EXPIRED;
        String key = published ? "publishedAt" : "createdAt";
        if (after != null) {
            where.add("(" + key + " < :at or (" + key + " = :at and id > :after))");
            params.put("at", after.at());
            params.put("after", after.id());
        }
        // one more than asked for tells whether there is a next page
        List<BoardItem> page = new ArrayList<>(BoardItem.<BoardItem>find(String.join(" and ", where)
                + " order by " + key + " desc, id", params).range(0, size).list());
        String next = null;
        if (page.size() > size) {
            page.remove(size);
            BoardItem last = page.get(size - 1);
            next = new Cursor(published ? last.publishedAt : last.createdAt, last.id).encode();
        }
        boolean exact = counted <= KeysetPage.TOTAL_CAP;
        return new KeysetPage<>(page, size, Math.min(counted, KeysetPage.TOTAL_CAP), exact, next);
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
