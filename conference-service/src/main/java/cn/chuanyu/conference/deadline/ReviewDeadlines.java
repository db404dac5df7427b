package cn.chuanyu.conference.deadline;

import cn.chuanyu.conference.edition.Conferences;
import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Setting and reading a conference's review deadline. */
@ApplicationScoped
public class ReviewDeadlines {

    private final Conferences conferences;
    private final EntityManager entityManager;
    private final ConferenceClock clock;
    private final ReminderSettings settings;

    ReviewDeadlines(
            Conferences conferences, EntityManager entityManager, ConferenceClock clock, ReminderSettings settings) {
        this.conferences = conferences;
        this.entityManager = entityManager;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Sets or moves the deadline. A moved deadline clears the reminder and overdue claims of the conference's
     * unreviewed assignments, so that their reviewers hear of the new date once more.
     */
    @Transactional
    public ReviewDeadlineView set(UUID conferenceId, ReviewDeadlineRequest request, String organiser) {
        conferences.get(conferenceId);
        ReviewDeadline deadline = ReviewDeadline.findById(conferenceId, LockModeType.PESSIMISTIC_WRITE);
        if (deadline == null) {
            deadline = ReviewDeadline.of(conferenceId);
            deadline.set(request.dueOn(), organiser, clock.now());
            deadline.persist();
        } else {
            if (!deadline.dueOn.equals(request.dueOn())) {
                clearClaims(conferenceId);
            }
            deadline.set(request.dueOn(), organiser, clock.now());
        }
        return ReviewDeadlineView.of(deadline, settings.noticeDays());
    }

    public ReviewDeadlineView get(UUID conferenceId) {
        conferences.get(conferenceId);
        ReviewDeadline deadline = ReviewDeadline.findById(conferenceId);
        if (deadline == null) {
            throw ProblemException.notFound("review-deadline", conferenceId);
        }
        return ReviewDeadlineView.of(deadline, settings.noticeDays());
    }

    private void clearClaims(UUID conferenceId) {
        String unreviewedOfConference = """
                update review_assignment a set reminded_at = null, overdue_noticed_at = null
                from paper p
                where p.id = a.paper_id and p.conference_id = ?1
                  and not exists (select 1 from review r where r.assignment_id = a.id)""";
        entityManager
                .createNativeQuery(unreviewedOfConference)
                .setParameter(1, conferenceId)
                .executeUpdate();
    }
}
