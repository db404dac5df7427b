package cn.chuanyu.alliance.secondment;

import cn.chuanyu.eventing.outbox.OutgoingEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * The secondment facts this context publishes, for the other zone's officers; contract in event-contracts. They name
 * the person, so their topic is internal: read by the platform's services, never granted to partners.
 */
final class SecondmentEvents {

    static final String TOPIC = "chuanyu.alliance.secondments";
    static final String PROPOSED = "cn.chuanyu.alliance.secondment.proposed.v1";
    static final String ANSWERED = "cn.chuanyu.alliance.secondment.answered.v1";
    private static final String AGGREGATE = "secondment";

    private SecondmentEvents() {}

    static OutgoingEvent proposed(Secondment s) {
        Map<String, Object> data = common(s);
        data.put("position", s.position);
        data.put("hostPost", s.hostPost);
        data.put("proposedBy", s.proposedBy);
        data.put("proposedAt", s.proposedAt.toString());
        return new OutgoingEvent(TOPIC, PROPOSED, AGGREGATE, s.id.toString(), data);
    }

    /** Accepted or declined by the host zone. */
    static OutgoingEvent answered(Secondment s) {
        Map<String, Object> data = common(s);
        data.put("answer", s.status.name());
        data.put("answeredBy", s.decidedBy);
        data.put("answeredAt", s.decidedAt.toString());
        data.put("note", s.decisionNote);
        return new OutgoingEvent(TOPIC, ANSWERED, AGGREGATE, s.id.toString(), data);
    }

    private static Map<String, Object> common(Secondment s) {
        Map<String, Object> data = new HashMap<>();
        data.put("secondmentId", s.id.toString());
        data.put("personName", s.personName);
        data.put("kind", s.kind.name());
        data.put("homeZone", s.homeZone);
        data.put("hostZone", s.hostZone);
        data.put("startsOn", s.startsOn.toString());
        data.put("endsOn", s.endsOn.toString());
        return data;
    }
}
