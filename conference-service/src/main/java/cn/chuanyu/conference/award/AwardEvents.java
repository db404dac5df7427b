package cn.chuanyu.conference.award;

import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.conference.paper.PaperEvents;
import cn.chuanyu.eventing.outbox.OutgoingEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * The award facts this context publishes; their contracts are in event-contracts. An award is a fact about its paper:
 * it goes on the papers' topic, keyed by the paper, after the paper's submission and decision. Unlike the paper's other
 * events it names the authors: an announced award is public.
 */
final class AwardEvents {

    static final String AWARDED = "cn.chuanyu.conference.paper.awarded.v1";
    private static final String AGGREGATE = "paper";

    private AwardEvents() {}

    static OutgoingEvent awarded(PaperAward award, Paper paper) {
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
        data.put("grantedAt", award.grantedAt.toString());
        return new OutgoingEvent(PaperEvents.TOPIC, AWARDED, AGGREGATE, paper.id.toString(), data);
    }
}
