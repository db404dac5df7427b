package cn.chuanyu.alliance.seminar;

import cn.chuanyu.eventing.outbox.OutgoingEvent;
import java.util.HashMap;
import java.util.Map;

/** The seminar facts this context publishes; their contracts are in event-contracts. */
final class SeminarEvents {

    static final String TOPIC = "chuanyu.alliance.seminars";
    static final String HELD = "cn.chuanyu.alliance.seminar.held.v1";
    private static final String AGGREGATE = "seminar";

    private SeminarEvents() {}

    static OutgoingEvent held(Seminar seminar) {
        Map<String, Object> data = new HashMap<>();
        data.put("seminarId", seminar.id.toString());
        data.put("title", seminar.title);
        data.put("hostZone", seminar.hostZone);
        data.put("heldOn", seminar.heldOn.toString());
        data.put("attendingZones", seminar.attendingZones);
        return new OutgoingEvent(TOPIC, HELD, AGGREGATE, seminar.id.toString(), data);
    }
}
