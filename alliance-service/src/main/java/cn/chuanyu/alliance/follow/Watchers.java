package cn.chuanyu.alliance.follow;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.eventing.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tells the people watching the board: the owners of saved searches a newly published item matches, the followers of an
 * item withdrawn or expired, and of a project that changed stage. Each notice is written to the outbox in the
 * transaction of the change it reports (the caller's). The fan-out is bounded: at most {@value #PER_EVENT} recipients
 * per event and {@value #PER_FACT} per fact (the earliest searches or follows first), so one change writes at most ten
 * events however many watch it.
 */
@ApplicationScoped
public class Watchers {

    /** Recipients named by one event (the contracts' maxItems). */
    static final int PER_EVENT = 100;

    /** Recipients of one fact at most; beyond, the later searches and follows are not told (documented cap). */
    static final int PER_FACT = 1000;

    /**
     * The saved searches an item matches, with the board listing's semantics ({@code BoardSearch}): each filter is any
     * when null; the industry is one of the item's; the text is found literally in the title or description (strpos is
     * the listing's LIKE with %, _ and \ escaped), or equals a keyword.
     */
    private static final String MATCHING_SEARCHES = """
            select owner, name from saved_search
            where (zone_code is null or zone_code = :zone)
              and (kind is null or kind = :kind)
              and (industry is null or industry = any(cast(:industries as varchar[])))
              and (query is null or strpos(:title, query) > 0 or strpos(:description, query) > 0
                   or query = any(cast(:keywords as varchar[])))
            order by created_at, id""";

    private final EntityManager entityManager;
    private final Outbox outbox;

    Watchers(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    /** A newly published item: the owners of the saved searches it matches, each with their own searches' names. */
    public void published(BoardItem item) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(MATCHING_SEARCHES)
                .setParameter("zone", item.zoneCode)
                .setParameter("kind", item.kind.name())
                .setParameter("industries", item.industries.toArray(String[]::new))
                .setParameter("title", item.title)
                .setParameter("description", item.description)
                .setParameter("keywords", item.keywords.toArray(String[]::new))
                .getResultList();
        Map<String, List<String>> searchesByOwner = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String owner = (String) row[0];
            if (searchesByOwner.containsKey(owner) || searchesByOwner.size() < PER_FACT) {
                searchesByOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add((String) row[1]);
            }
        }
        List<Map<String, Object>> recipients = new ArrayList<>();
        searchesByOwner.forEach((owner, names) -> recipients.add(Map.of("user", owner, "searches", names)));
        for (List<Map<String, Object>> chunk : chunks(recipients)) {
            Map<String, Object> data = item(item);
            data.put("publishedAt", item.publishedAt.toString());
            data.put("recipients", chunk);
            outbox.publish(WatchEvents.savedSearchMatched(item.id, data));
        }
    }

    /** A followed item left the board: WITHDRAWN or EXPIRED. */
    public void itemChanged(BoardItem item, String status, Instant changedAt) {
        for (List<String> followers : chunks(followers("board_item_id", item.id))) {
            Map<String, Object> data = item(item);
            data.put("status", status);
            data.put("changedAt", changedAt.toString());
            data.put("followers", followers);
            outbox.publish(WatchEvents.followedItemChanged(item.id, data));
        }
    }

    /** A followed project moved from one stage to another. */
    public void projectStageChanged(
            UUID projectId, String title, String leadZone, String from, String to, Instant changedAt) {
        for (List<String> followers : chunks(followers("project_id", projectId))) {
            Map<String, Object> data = new HashMap<>();
            data.put("projectId", projectId.toString());
            data.put("title", title);
            data.put("leadZone", leadZone);
            data.put("from", from);
            data.put("to", to);
            data.put("changedAt", changedAt.toString());
            data.put("followers", followers);
            outbox.publish(WatchEvents.followedProjectStageChanged(projectId, data));
        }
    }

    private List<String> followers(String column, UUID id) {
        @SuppressWarnings("unchecked")
        List<String> followers = entityManager
                .createNativeQuery("select follower from follow where " + column + " = :id order by followed_at, id "
                        + "limit " + PER_FACT)
                .setParameter("id", id)
                .getResultList();
        return followers;
    }

    private static Map<String, Object> item(BoardItem item) {
        Map<String, Object> data = new HashMap<>();
        data.put("itemId", item.id.toString());
        data.put("zone", item.zoneCode);
        data.put("kind", item.kind.name());
        data.put("title", item.title);
        return data;
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += PER_EVENT) {
            chunks.add(List.copyOf(all.subList(from, Math.min(from + PER_EVENT, all.size()))));
        }
        return chunks;
    }

    /** The notices' contracts are in event-contracts; they name accounts, so their topic is internal. */
    static final class WatchEvents {

        static final String TOPIC = "chuanyu.alliance.board-notices";
        static final String SAVED_SEARCH_MATCHED = "cn.chuanyu.alliance.saved-search.matched.v1";
        static final String FOLLOWED_ITEM_CHANGED = "cn.chuanyu.alliance.followed-item.changed.v1";
        static final String FOLLOWED_PROJECT_STAGE_CHANGED = "cn.chuanyu.alliance.followed-project.stage-changed.v1";

        private WatchEvents() {}

        static OutgoingEvent savedSearchMatched(UUID itemId, Map<String, Object> data) {
            return new OutgoingEvent(TOPIC, SAVED_SEARCH_MATCHED, "board-item", itemId.toString(), data);
        }

        static OutgoingEvent followedItemChanged(UUID itemId, Map<String, Object> data) {
            return new OutgoingEvent(TOPIC, FOLLOWED_ITEM_CHANGED, "board-item", itemId.toString(), data);
        }

        static OutgoingEvent followedProjectStageChanged(UUID projectId, Map<String, Object> data) {
            return new OutgoingEvent(
                    TOPIC, FOLLOWED_PROJECT_STAGE_CHANGED, "collaboration-project", projectId.toString(), data);
        }
    }
}
