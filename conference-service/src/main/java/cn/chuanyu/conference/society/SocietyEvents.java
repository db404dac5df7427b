package cn.chuanyu.conference.society;

import cn.chuanyu.eventing.outbox.OutgoingEvent;
import java.util.HashMap;
import java.util.Map;

/** The society facts this context publishes; their contracts are in event-contracts. */
final class SocietyEvents {

    static final String TOPIC = "chuanyu.conference.societies";
    static final String AWARDED = "cn.chuanyu.conference.society.awarded.v1";
    private static final String AGGREGATE = "society";

    private SocietyEvents() {}

    static OutgoingEvent awarded(SocietyAward award, Society society) {
        Map<String, Object> data = new HashMap<>();
        data.put("awardId", award.id.toString());
        data.put("societyId", society.id.toString());
        data.put("societyName", society.name);
        data.put("region", society.region.name());
        data.put("year", award.year);
        data.put("citation", award.citation);
        data.put("decidedBy", award.decidedBy);
        data.put("decidedAt", award.decidedAt.toString());
        return new OutgoingEvent(TOPIC, AWARDED, AGGREGATE, society.id.toString(), data);
    }
}
