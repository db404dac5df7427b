package cn.chuanyu.conference.intent;

import cn.chuanyu.eventing.outbox.OutgoingEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The intent facts this context publishes; their contracts are in event-contracts. */
final class IntentEvents {

    static final String TOPIC = "chuanyu.conference.intents";
    static final String PUBLISHED = "cn.chuanyu.conference.intent.published.v1";
    static final String WITHDRAWN = "cn.chuanyu.conference.intent.withdrawn.v1";
    private static final String AGGREGATE = "collaboration-intent";

    private IntentEvents() {}

    static OutgoingEvent published(CollaborationIntent intent) {
        Map<String, Object> data = new HashMap<>();
        data.put("intentId", intent.id.toString());
        data.put("kind", intent.kind.name());
        data.put("title", intent.title);
        data.put("summary", intent.summary);
        data.put("disciplines", intent.disciplines);
        data.put("keywords", intent.keywords);
        data.put("partnerTypesSought", intent.partnerTypesSought);
        data.put("regionsSought", intent.regionsSought);
        data.put("paperId", intent.paperId == null ? null : intent.paperId.toString());
        data.put("publishedBy", intent.publishedBy);
        data.put("institution", intent.institution);
        data.put("publishedAt", intent.publishedAt.toString());
        return new OutgoingEvent(TOPIC, PUBLISHED, AGGREGATE, intent.id.toString(), data);
    }

    static OutgoingEvent withdrawn(CollaborationIntent intent, String user, Instant at) {
        return new OutgoingEvent(
                TOPIC,
                WITHDRAWN,
                AGGREGATE,
                intent.id.toString(),
                Map.of("intentId", intent.id.toString(), "withdrawnBy", user, "withdrawnAt", at.toString()));
    }
}
