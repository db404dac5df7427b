package cn.chuanyu.conference.review;

import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.conference.paper.PaperEvents;
import cn.chuanyu.eventing.outbox.OutgoingEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * The review facts this context publishes; their contracts are in event-contracts. An assignment is a fact about its
 * paper: it goes on the papers' topic, keyed by the paper, before the paper's decision. It names the reviewer, whom it
 * concerns, and never the authors: review is blind.
 */
public final class ReviewEvents {

    public static final String ASSIGNED = "cn.chuanyu.conference.review.assigned.v1";
    private static final String AGGREGATE = "paper";

    private ReviewEvents() {}

    static OutgoingEvent assigned(ReviewAssignment assignment, Paper paper, ExpertReviewer reviewer) {
        Map<String, Object> data = new HashMap<>();
        data.put("assignmentId", assignment.id.toString());
        data.put("paperId", paper.id.toString());
        data.put("conferenceId", paper.conferenceId.toString());
        data.put("title", paper.title);
        data.put("reviewer", Map.of("subject", reviewer.username, "name", reviewer.name));
        data.put("assignedAt", assignment.assignedAt.toString());
        return new OutgoingEvent(PaperEvents.TOPIC, ASSIGNED, AGGREGATE, paper.id.toString(), data);
    }
}
