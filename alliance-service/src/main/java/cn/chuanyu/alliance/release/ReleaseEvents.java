package cn.chuanyu.alliance.release;

import cn.chuanyu.eventing.outbox.OutgoingEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** The release facts this context publishes; the contract is in event-contracts. */
final class ReleaseEvents {

    static final String TOPIC = "chuanyu.alliance.releases";
    static final String PUBLISHED = "cn.chuanyu.alliance.release.published.v1";
    private static final String AGGREGATE = "collection-round";

    private ReleaseEvents() {}

    static OutgoingEvent published(CollectionRound round, ReleaseCounts counts) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("roundId", round.id.toString());
        data.put("name", round.name);
        data.put("periodStart", round.periodStart.toString());
        data.put("periodEnd", round.periodEnd.toString());
        data.put("publishedAt", round.publishedAt.toString());
        Map<String, Long> byKind = new LinkedHashMap<>();
        byKind.put("DEMAND", counts.byKind().demands());
        byKind.put("RESOURCE", counts.byKind().resources());
        byKind.put("PROJECT", counts.byKind().projects());
        data.put("counts", byKind);
        data.put("zones", new ArrayList<>(counts.zones()));
        return new OutgoingEvent(TOPIC, PUBLISHED, AGGREGATE, round.id.toString(), data);
    }
}
