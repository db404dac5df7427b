package cn.chuanyu.conference.paper;

import cn.chuanyu.eventing.outbox.OutgoingEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * The paper facts this context publishes; their contracts are in event-contracts. Author names stay out: review is
 * blind, and partners need institutions and regions, not people. A decision names the account that submitted the paper,
 * whom it concerns.
 */
public final class PaperEvents {

    public static final String TOPIC = "chuanyu.conference.papers";
    public static final String SUBMITTED = "cn.chuanyu.conference.paper.submitted.v1";
    public static final String DECIDED = "cn.chuanyu.conference.paper.decided.v1";
    private static final String AGGREGATE = "paper";

    private PaperEvents() {}

    static OutgoingEvent submitted(Paper paper) {
        Map<String, Object> data = new HashMap<>();
        data.put("paperId", paper.id.toString());
        data.put("conferenceId", paper.conferenceId.toString());
        data.put("track", paper.trackCode);
        data.put("title", paper.title);
        data.put("keywords", paper.keywords);
        data.put(
                "institutions",
                paper.authors.stream().map(Author::institution).distinct().toList());
        data.put(
                "regions",
                paper.authors.stream()
                        .map(a -> a.region().name())
                        .distinct()
                        .sorted()
                        .toList());
        data.put("crossRegion", paper.crossRegion);
        data.put("authorCount", paper.authors.size());
        data.put("submittedAt", paper.submittedAt.toString());
        return new OutgoingEvent(TOPIC, SUBMITTED, AGGREGATE, paper.id.toString(), data);
    }

    public static OutgoingEvent decided(Paper paper, int reviewCount) {
        Map<String, Object> data = new HashMap<>();
        data.put("paperId", paper.id.toString());
        data.put("conferenceId", paper.conferenceId.toString());
        data.put("title", paper.title);
        data.put("decision", paper.status.name());
        data.put("submittedBy", paper.submittedBy);
        data.put("reviewCount", reviewCount);
        data.put("crossRegion", paper.crossRegion);
        data.put("decidedAt", paper.decidedAt.toString());
        return new OutgoingEvent(TOPIC, DECIDED, AGGREGATE, paper.id.toString(), data);
    }
}
