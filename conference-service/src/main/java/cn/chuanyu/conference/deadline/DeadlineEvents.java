package cn.chuanyu.conference.deadline;

import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.conference.review.ExpertReviewer;
import cn.chuanyu.conference.review.ReviewAssignment;
import cn.chuanyu.conference.review.ReviewEvents;
import cn.chuanyu.eventing.outbox.OutgoingEvent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Review deadline facts, for the reviewer's notification. Like an assignment they say who reviews which paper, so they
 * go on the internal reviews topic, keyed by the paper; they never name the authors.
 */
public final class DeadlineEvents {

    public static final String REMINDER_DUE = "cn.chuanyu.conference.review.reminder-due.v1";
    public static final String OVERDUE = "cn.chuanyu.conference.review.overdue.v1";

    private DeadlineEvents() {}

    static OutgoingEvent reminderDue(
            ReviewAssignment assignment, Paper paper, ExpertReviewer reviewer, LocalDate dueOn, long daysLeft) {
        Map<String, Object> data = common(assignment, paper, reviewer, dueOn);
        data.put("daysLeft", daysLeft);
        return new OutgoingEvent(ReviewEvents.TOPIC, REMINDER_DUE, "paper", paper.id.toString(), data);
    }

    static OutgoingEvent overdue(
            ReviewAssignment assignment, Paper paper, ExpertReviewer reviewer, LocalDate dueOn, long daysOverdue) {
        Map<String, Object> data = common(assignment, paper, reviewer, dueOn);
        data.put("daysOverdue", daysOverdue);
        return new OutgoingEvent(ReviewEvents.TOPIC, OVERDUE, "paper", paper.id.toString(), data);
    }

    private static Map<String, Object> common(
            ReviewAssignment assignment, Paper paper, ExpertReviewer reviewer, LocalDate dueOn) {
        Map<String, Object> data = new HashMap<>();
        data.put("assignmentId", assignment.id.toString());
        data.put("paperId", paper.id.toString());
        data.put("conferenceId", paper.conferenceId.toString());
        data.put("title", paper.title);
        data.put("reviewer", Map.of("subject", reviewer.username, "name", reviewer.name));
        data.put("dueOn", dueOn.toString());
        return data;
    }
}
