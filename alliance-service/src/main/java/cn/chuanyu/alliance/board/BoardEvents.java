package cn.chuanyu.alliance.board;

import cn.chuanyu.eventing.outbox.OutgoingEvent;
import java.util.HashMap;
import java.util.Map;

/** The board facts this context publishes; their contracts are in event-contracts. */
final class BoardEvents {

    static final String TOPIC = "chuanyu.alliance.board-items";
    static final String PUBLISHED = "cn.chuanyu.alliance.board-item.published.v1";
    static final String WITHDRAWN = "cn.chuanyu.alliance.board-item.withdrawn.v1";
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
