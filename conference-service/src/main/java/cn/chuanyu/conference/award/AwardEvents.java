package cn.chuanyu.conference.award;

import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.conference.paper.PaperEvents;
import cn.chuanyu.eventing.outbox.OutgoingEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The award facts this context publishes; their contracts are in event-contracts. An award is a fact about its paper:
 * it goes on the papers' topic, keyed by the paper, after the paper's submission and decision. Unlike the paper's other
 * events it names the authors: an announced award is public. Its announcement (with the awards' list, or at once for an
 * award granted after it) is a fact of its own, naming the account that submitted the paper, whom it concerns.
 */
final class AwardEvents {

    static final String AWARDED = "cn.chuanyu.conference.paper.awarded.v1";
    static final String ANNOUNCED = "cn.chuanyu.conference.paper.award-announced.v1";
    private static final String AGGREGATE = "paper";

    private AwardEvents() {}

    static OutgoingEvent awarded(PaperAward award, Paper paper) {
        Map<String, Object> data = award(award, paper);
        data.put("grantedAt", award.grantedAt.toString());
        return new OutgoingEvent(PaperEvents.TOPIC, AWARDED, AGGREGATE, paper.id.toString(), data);
    }

    static OutgoingEvent announced(PaperAward award, Paper paper, Instant announcedAt) {
        Map<String, Object> data = award(award, paper);
        data.put("submittedBy", paper.submittedBy);
        data.put("announcedAt", announcedAt.toString());
        return new OutgoingEvent(PaperEvents.TOPIC, ANNOUNCED, AGGREGATE, paper.id.toString(), data);
    }

    private static Map<String, Object> award(PaperAward award, Paper paper) {
        Map<String, Object> data = new HashMap<>();
        data.put("awardId", award.id.toString());
        data.put("paperId", paper.id.toString());
        data.put("conferenceId", award.conferenceId.toString());
        data.put("title", paper.title);
        data.put("grade", award.grade.name());
        data.put(
                "authors",
                paper.authors.stream()
                        .map(a -> Map.of(
                                "name",
                                a.name(),
                                "institution",
                                a.institution(),
                                "region",
                                a.region().name()))
                        .toList());
        data.put("crossRegion", paper.crossRegion);
        return data;
    }
}
