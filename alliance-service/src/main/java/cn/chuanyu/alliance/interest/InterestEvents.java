package cn.chuanyu.alliance.interest;

import cn.chuanyu.eventing.outbox.OutgoingEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * The interest facts this context publishes, for the people on either side; contract in event-contracts. They name
 * people and their organisations, so their topic is internal; contact details never leave the service.
 */
final class InterestEvents {

    static final String TOPIC = "chuanyu.alliance.interests";
    static final String EXPRESSED = "cn.chuanyu.alliance.interest.expressed.v1";
    static final String ANSWERED = "cn.chuanyu.alliance.interest.answered.v1";
    static final String INTRODUCED = "cn.chuanyu.alliance.interest.introduced.v1";
    static final String WITHDRAWN = "cn.chuanyu.alliance.interest.withdrawn.v1";
    private static final String AGGREGATE = "interest";

    private InterestEvents() {}

    static OutgoingEvent expressed(Interest i, String targetTitle) {
        Map<String, Object> data = common(i, targetTitle);
        data.put("expresserRole", i.expresserRole.name());
        data.put("expresserZone", i.expresserZone);
        data.put("organisation", i.organisation);
        data.put("expressedAt", i.expressedAt.toString());
        return event(EXPRESSED, i, data);
    }

    /** Accepted or declined by the owning side. */
    static OutgoingEvent answered(Interest i, String targetTitle) {
        Map<String, Object> data = common(i, targetTitle);
        data.put("answer", i.status.name());
        data.put("declineReason", i.declineReason == null ? null : i.declineReason.name());
        data.put("note", i.decisionNote);
        data.put("answeredBy", i.decidedBy);
        data.put("answeredAt", i.decidedAt.toString());
        return event(ANSWERED, i, data);
    }

    static OutgoingEvent introduced(Interest i, String targetTitle) {
        Map<String, Object> data = common(i, targetTitle);
        data.put("brokerCertificateNumber", i.brokerCertificateNumber);
        data.put("brokerName", i.brokerName);
        data.put("introducedBy", i.introducedBy);
        data.put("introducedAt", i.introducedAt.toString());
        return event(INTRODUCED, i, data);
    }

    static OutgoingEvent withdrawn(Interest i, String targetTitle) {
        Map<String, Object> data = common(i, targetTitle);
        data.put("withdrawnAt", i.withdrawnAt.toString());
        return event(WITHDRAWN, i, data);
    }

    private static Map<String, Object> common(Interest i, String targetTitle) {
        Map<String, Object> data = new HashMap<>();
        data.put("interestId", i.id.toString());
        data.put("boardItemId", i.boardItemId == null ? null : i.boardItemId.toString());
        data.put("offerId", i.offerId == null ? null : i.offerId.toString());
        data.put("targetTitle", targetTitle);
        data.put("ownerZone", i.ownerZone);
        data.put("ownerUser", i.ownerUser);
        data.put("expressedBy", i.expressedBy);
        return data;
    }

    private static OutgoingEvent event(String type, Interest i, Map<String, Object> data) {
        return new OutgoingEvent(TOPIC, type, AGGREGATE, i.id.toString(), data);
    }
}
