package cn.chuanyu.conference.review;

import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.eventing.outbox.OutgoingEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * The review facts this context publishes; their contracts are in event-contracts. An assignment names the reviewer,
 * whom it concerns, and never the authors: review is blind. Who reviews which paper is itself part of the blind: it
 * goes on an internal topic (never granted to partners, who read the papers' topic), keyed by the paper.
 */
public final class ReviewEvents {

    public static final String TOPIC = "chuanyu.conference.reviews";
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
        return new OutgoingEvent(TOPIC, ASSIGNED, AGGREGATE, paper.id.toString(), data);
    }
}
