package cn.chuanyu.alliance.board;

import cn.chuanyu.eventing.outbox.OutgoingEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The board facts this context publishes; their contracts are in event-contracts. Publication and withdrawal are public
 * facts (contract topic); the notices for the people concerned name accounts and drafts, so their topic is internal.
 */
final class BoardEvents {

    static final String TOPIC = "chuanyu.alliance.board-items";
    static final String PUBLISHED = "cn.chuanyu.alliance.board-item.published.v1";
    static final String WITHDRAWN = "cn.chuanyu.alliance.board-item.withdrawn.v1";
    static final String NOTICES_TOPIC = "chuanyu.alliance.board-notices";
    static final String SUBMITTED = "cn.chuanyu.alliance.board-item.submitted.v1";
    static final String RETURNED = "cn.chuanyu.alliance.board-item.returned.v1";
    static final String RECALLED = "cn.chuanyu.alliance.board-item.recalled.v1";
    private static final String AGGREGATE = "board-item";

    private BoardEvents() {}

    static OutgoingEvent published(BoardItem item) {
        Map<String, Object> data = new HashMap<>();
        data.put("itemId", item.id.toString());
        data.put("zone", item.zoneCode);
        data.put("kind", item.kind.name());
        data.put("title", item.title);
        data.put("description", item.description);
        data.put("industries", item.industries);
        data.put("keywords", item.keywords);
        data.put("validFrom", item.validFrom.toString());
        data.put("validUntil", item.validUntil.toString());
        data.put("publishedAt", item.publishedAt.toString());
        return new OutgoingEvent(TOPIC, PUBLISHED, AGGREGATE, item.id.toString(), data);
    }

    static OutgoingEvent submitted(BoardItem item) {
        Map<String, Object> data = notice(item);
        data.put("submittedBy", item.submittedBy);
        data.put("submittedAt", item.submittedAt.toString());
        return new OutgoingEvent(NOTICES_TOPIC, SUBMITTED, AGGREGATE, item.id.toString(), data);
    }

    static OutgoingEvent returned(BoardItem item) {
        Map<String, Object> data = notice(item);
        data.put("reason", item.returnReason);
        data.put("submittedBy", item.submittedBy);
        data.put("returnedBy", item.returnedBy);
        data.put("returnedAt", item.returnedAt.toString());
        return new OutgoingEvent(NOTICES_TOPIC, RETURNED, AGGREGATE, item.id.toString(), data);
    }

    static OutgoingEvent recalled(BoardItem item, String user, Instant at) {
        Map<String, Object> data = notice(item);
        data.put("submittedBy", item.submittedBy);
        data.put("recalledBy", user);
        data.put("recalledAt", at.toString());
        return new OutgoingEvent(NOTICES_TOPIC, RECALLED, AGGREGATE, item.id.toString(), data);
    }

    private static Map<String, Object> notice(BoardItem item) {
        Map<String, Object> data = new HashMap<>();
        data.put("itemId", item.id.toString());
        data.put("zone", item.zoneCode);
        data.put("kind", item.kind.name());
        data.put("title", item.title);
        return data;
    }

    static OutgoingEvent withdrawn(BoardItem item, String user) {
        return new OutgoingEvent(
                TOPIC,
                WITHDRAWN,
                AGGREGATE,
                item.id.toString(),
                Map.of(
                        "itemId",
                        item.id.toString(),
                        "zone",
                        item.zoneCode,
                        "withdrawnBy",
                        user,
                        "withdrawnAt",
                        item.withdrawnAt.toString()));
    }
}
