package cn.chuanyu.conference.deadline;

import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.conference.review.ExpertReviewer;
import cn.chuanyu.conference.review.ReviewAssignment;
import cn.chuanyu.eventing.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Reminds each reviewer without a review of an undecided paper once when the conference's review deadline is at most
 * the notice days away ({@code review.reminder-due.v1}) and tells them once after it ({@code review.overdue.v1}). A
 * scheduled check claims the due assignments with one {@code UPDATE ... RETURNING} over rows locked with {@code FOR
 * UPDATE SKIP LOCKED} and writes their events to the outbox in the same transaction: a later run finds them claimed, a
 * second instance skips the rows the first holds, and a rolled-back check leaves its rows for the next.
 */
@ApplicationScoped
public class ReviewReminders {

    /** Claimed per transaction: a backlog is worked off batch by batch. */
    static final int BATCH = 100;

    private static final String UNREVIEWED = """
            select a.id from review_assignment a
              join paper p on p.id = a.paper_id
              join review_deadline d on d.conference_id = p.conference_id
            where p.decided_at is null
              and not exists (select 1 from review r where r.assignment_id = a.id)
            """;

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final ConferenceClock clock;
    private final ReminderSettings settings;

    ReviewReminders(EntityManager entityManager, Outbox outbox, ConferenceClock clock, ReminderSettings settings) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
        this.settings = settings;
    }

    @Scheduled(
            identity = "review-reminders",
            every = "${chuanyu.conference.review-reminders.check-interval:1h}",
            delayed = "${chuanyu.conference.review-reminders.check-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        LocalDate today = clock.today();
        while (remind(today, clock.now()) == BATCH) {
            // a full batch: there may be more
        }
        while (noticeOverdue(today, clock.now()) == BATCH) {
            // a full batch: there may be more
        }
    }

    /**
     * Claims and reminds up to {@link #BATCH} unreviewed assignments whose deadline is between {@code today} and the
     * end of the notice period (China's dates); returns how many. The scheduled check passes the clock's today; a test
     * passes another day.
     */
    @Transactional
    public int remind(LocalDate today, Instant now) {
        List<UUID> claimed = claim(
                "reminded_at",
                "and a.reminded_at is null and a.overdue_noticed_at is null and d.due_on between ?2 and ?3",
                now,
                today,
                today.plusDays(settings.noticeDays()));
        for (UUID id : claimed) {
            Due due = due(id);
            long daysLeft = ChronoUnit.DAYS.between(today, due.deadline.dueOn);
            outbox.publish(
                    DeadlineEvents.reminderDue(due.assignment, due.paper, due.reviewer, due.deadline.dueOn, daysLeft));
        }
        return claimed.size();
    }

    /** Claims and tells up to {@link #BATCH} unreviewed assignments whose deadline passed before {@code today}. */
    @Transactional
    public int noticeOverdue(LocalDate today, Instant now) {
        List<UUID> claimed =
                claim("overdue_noticed_at", "and a.overdue_noticed_at is null and d.due_on < ?2", now, today);
        for (UUID id : claimed) {
            Due due = due(id);
            long daysOverdue = ChronoUnit.DAYS.between(due.deadline.dueOn, today);
            outbox.publish(
                    DeadlineEvents.overdue(due.assignment, due.paper, due.reviewer, due.deadline.dueOn, daysOverdue));
        }
        return claimed.size();
    }

    /** Claims by setting {@code column} to now; {@code condition}'s parameters are ?2, ?3, ... in order. */
    @SuppressWarnings("unchecked")
    private List<UUID> claim(String column, String condition, Instant now, LocalDate... days) {
        String sql = "update review_assignment set " + column + " = ?1 where id in (" + UNREVIEWED + condition
                + " order by d.due_on, a.id limit " + BATCH + " for update of a skip locked) returning id";
        var query = entityManager.createNativeQuery(sql).setParameter(1, now);
        for (int i = 0; i < days.length; i++) {
            query.setParameter(i + 2, days[i]);
        }
        return query.getResultList();
    }

    private static Due due(UUID assignmentId) {
        ReviewAssignment assignment = ReviewAssignment.findById(assignmentId);
        Paper paper = Paper.findById(assignment.paperId);
        return new Due(
                assignment,
                paper,
                ExpertReviewer.findById(assignment.reviewer),
                ReviewDeadline.findById(paper.conferenceId));
    }

    private record Due(ReviewAssignment assignment, Paper paper, ExpertReviewer reviewer, ReviewDeadline deadline) {}
}
