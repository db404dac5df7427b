package cn.chuanyu.conference.review;

import cn.chuanyu.conference.edition.Conference;
import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.util.UUID;

/** Each conference's review form; it can change only while none of its papers has a review. */
@ApplicationScoped
public class ReviewForms {

    private final ConferenceClock clock;

    ReviewForms(ConferenceClock clock) {
        this.clock = clock;
    }

    public ReviewFormView form(UUID conferenceId) {
        requireConference(conferenceId, LockModeType.NONE);
        return ReviewFormView.of(conferenceId, ReviewForm.findById(conferenceId));
    }

    /** The conference row's lock orders this against a first review, which takes a shared lock on it. */
    @Transactional
    public ReviewFormView define(UUID conferenceId, ReviewFormRequest request, String organiser) {
        requireConference(conferenceId, LockModeType.PESSIMISTIC_WRITE);
        long reviews = Review.count(
                "assignmentId in (select a.id from ReviewAssignment a, Paper p "
                        + "where a.paperId = p.id and p.conferenceId = ?1)",
                conferenceId);
        if (reviews > 0) {
            throw new ProblemException(Status.CONFLICT, "review-form-in-use", "review-form-in-use", reviews);
        }
        ReviewForm form = ReviewForm.findById(conferenceId);
        if (form == null) {
            form = ReviewForm.create(conferenceId); // the first form: nothing to overwrite, no version to check
        } else {
            ProblemException.requireVersion("review-form", conferenceId, form.version, request.version());
        }
        form.define(
                request.criteria().stream()
                        .map(ReviewFormRequest.Criterion::toCriterion)
                        .toList(),
                organiser,
                clock.now());
        form.persist();
        form.flush();
        return ReviewFormView.of(conferenceId, form);
    }

    /** The conference's row, locked (a form change) or shared (a review); 404 for an unknown conference. */
    static void requireConference(UUID conferenceId, LockModeType lock) {
        if (Conference.findById(conferenceId, lock) == null) {
            throw ProblemException.notFound("conference", conferenceId);
        }
    }
}
