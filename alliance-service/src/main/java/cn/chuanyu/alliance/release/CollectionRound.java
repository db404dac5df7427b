package cn.chuanyu.alliance.release;

import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A collection round (e.g. 2021年第一季度) into which zones submit their published board items. Once published, its row is
 * the header of the release and the database refuses any change to it.
 */
@Entity
@Table(name = "collection_round")
public class CollectionRound extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    /** The last day (China time) on which zone officers may submit or retract; the secretariat may until closing. */
    @Column(name = "submission_deadline")
    public LocalDate submissionDeadline;

    @Enumerated(EnumType.STRING)
    public RoundStatus status;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    static CollectionRound open(OpenRoundRequest request, String user, Instant now) {
        if (request.periodEnd().isBefore(request.periodStart())) {
            throw ProblemException.untranslated(
                    Status.BAD_REQUEST,
                    "invalid-dates",
                    "The dates are not consistent",
                    "The period ends on " + request.periodEnd() + ", before it starts on " + request.periodStart());
        }
        var round = new CollectionRound();
        round.id = UUID.randomUUID();
        round.name = request.name().strip();
        round.periodStart = request.periodStart();
        round.periodEnd = request.periodEnd();
        round.submissionDeadline = request.submissionDeadline();
        round.status = RoundStatus.OPEN;
        round.openedBy = user;
        round.openedAt = now;
        return round;
    }

    /** Submissions and retractions: only while open, and for zone officers only until the deadline. */
    void requireOpenForSubmissions(boolean secretariat, LocalDate today) {
        if (status != RoundStatus.OPEN) {
            throw ProblemException.untranslated(
                    Status.CONFLICT,
                    "round-closed",
                    "The round no longer takes submissions",
                    "Round " + name + " is " + status + "; submissions change only while a round is OPEN");
        }
        if (!secretariat && today.isAfter(submissionDeadline)) {
            throw ProblemException.untranslated(
                    Status.CONFLICT,
                    "submission-deadline-passed",
                    "The submission deadline has passed",
                    "Round " + name + " took submissions from zones until " + submissionDeadline
                            + "; ask the secretariat for a late submission");
        }
    }

    void close(String user, Instant now) {
        if (status != RoundStatus.OPEN) {
            throw ProblemException.untranslated(
                    Status.CONFLICT,
                    "round-not-open",
                    "Only an open round can be closed",
                    "Round " + name + " is already " + status);
        }
        status = RoundStatus.CLOSED;
        closedBy = user;
        closedAt = now;
    }

    /** Checks that the release may be published now; {@link #markPublished} follows once its snapshot is written. */
    void requirePublishable() {
        if (status == RoundStatus.OPEN) {
            throw ProblemException.untranslated(
                    Status.CONFLICT,
                    "round-still-open",
                    "Close the round before publishing it",
                    "Round " + name + " is still OPEN; close it so that no submission changes, then publish");
        }
        if (status == RoundStatus.PUBLISHED) {
            throw ProblemException.untranslated(
                    Status.CONFLICT,
                    "release-already-published",
                    "A release is published once",
                    "Round " + name + " was published at " + publishedAt + "; a release never changes");
        }
    }

    void markPublished(String user, Instant now) {
        status = RoundStatus.PUBLISHED;
        publishedBy = user;
        publishedAt = now;
    }
}
