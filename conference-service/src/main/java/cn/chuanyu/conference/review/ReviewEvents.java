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
    public static final String REVIEWS_RELEASED = "cn.chuanyu.conference.paper.reviews-released.v1";
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

    /**
     * The decision released the paper's anonymised reviews to its submitter, whom it names. It names no reviewer, yet
     * it is for the submitter's notification only: partners have the decision on the papers' topic already, and how
     * many experts reviewed a paper and when its reviews reached the author is the review's business, not theirs.
     */
    static OutgoingEvent reviewsReleased(Paper paper, int reviewCount) {
        Map<String, Object> data = new HashMap<>();
        data.put("paperId", paper.id.toString());
        data.put("conferenceId", paper.conferenceId.toString());
        data.put("title", paper.title);
        data.put("decision", paper.status.name());
        data.put("submittedBy", paper.submittedBy);
        data.put("reviewCount", reviewCount);
        data.put("releasedAt", paper.decidedAt.toString());
        return new OutgoingEvent(TOPIC, REVIEWS_RELEASED, AGGREGATE, paper.id.toString(), data);
    }
}
