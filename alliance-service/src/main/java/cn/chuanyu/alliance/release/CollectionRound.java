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
import org.hibernate.envers.Audited;

/**
 * A collection round (e.g. 2021年第一季度) into which zones submit their published board items. Once published, its row is
 * the header of the release and the database refuses any change to it.
 */
@Audited
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
            throw new ProblemException(
                    Status.BAD_REQUEST, "invalid-dates", "round-period", request.periodEnd(), request.periodStart());
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
            throw new ProblemException(Status.CONFLICT, "round-closed", "round-closed", name, status);
        }
        if (!secretariat && today.isAfter(submissionDeadline)) {
            throw new ProblemException(
                    Status.CONFLICT,
                    "submission-deadline-passed",
                    "submission-deadline-passed",
                    name,
                    submissionDeadline);
        }
    }

    void close(String user, Instant now) {
        if (status != RoundStatus.OPEN) {
            throw new ProblemException(Status.CONFLICT, "round-not-open", "round-not-open", name, status);
        }
        status = RoundStatus.CLOSED;
        closedBy = user;
        closedAt = now;
    }

    /** Checks that the release may be published now; {@link #markPublished} follows once its snapshot is written. */
    void requirePublishable() {
        if (status == RoundStatus.OPEN) {
            throw new ProblemException(Status.CONFLICT, "round-still-open", "round-still-open", name);
        }
        if (status == RoundStatus.PUBLISHED) {
            throw new ProblemException(
                    Status.CONFLICT, "release-already-published", "release-already-published", name, publishedAt);
        }
    }

    void markPublished(String user, Instant now) {
        status = RoundStatus.PUBLISHED;
        publishedBy = user;
        publishedAt = now;
    }
}
