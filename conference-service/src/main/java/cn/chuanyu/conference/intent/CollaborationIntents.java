package cn.chuanyu.conference.intent;

import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Publishing and withdrawing intents: each change and its event commit together. */
@ApplicationScoped
public class CollaborationIntents {

    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    CollaborationIntents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public CollaborationIntent publish(PublishIntentRequest request, String researcher) {
        requireOwnPaper(request.paperId(), researcher);
        var intent = CollaborationIntent.publish(request, researcher, now());
        intent.persist();
        outbox.publish(IntentEvents.published(intent));
        return intent;
    }

    @Transactional
    public CollaborationIntent withdraw(UUID id, String user) {
        CollaborationIntent intent = get(id);
        Instant now = now();
        intent.withdraw(user, now);
        intent.flush();
        outbox.publish(IntentEvents.withdrawn(intent, user, now));
        return intent;
    }

    /** An intent may come from a paper, but only from one of the researcher's own. */
    private static void requireOwnPaper(UUID paperId, String researcher) {
        if (paperId == null) {
            return;
        }
        Paper paper = Paper.findById(paperId);
        if (paper == null || !paper.submittedBy.equals(researcher)) {
            throw new ProblemException(
                    jakarta.ws.rs.core.Response.Status.BAD_REQUEST,
                    "not-your-paper",
                    "The paper is not yours",
                    "An intent can only be tied to a paper you submitted; " + paperId + " is not one");
        }
    }

    public CollaborationIntent get(UUID id) {
        CollaborationIntent intent = CollaborationIntent.findById(id);
        if (intent == null) {
            throw ProblemException.notFound("Collaboration intent", id);
        }
        return intent;
    }

    /** Published intents, newest first; {@code query} matches title, summary, a keyword or a discipline. */
    public PageOf<CollaborationIntent> published(String query, int page, int size) {
        var panacheQuery = query == null || query.isBlank()
                ? CollaborationIntent.find("status = ?1 order by publishedAt desc, id", IntentStatus.PUBLISHED)
                : CollaborationIntent.find("""
                        status = ?1 and (title like ?2 or summary like ?2
                            or array_contains(keywords, ?3) or array_contains(disciplines, ?3))
                        order by publishedAt desc, id""", IntentStatus.PUBLISHED, "%" + query.strip() + "%", query.strip());
        var results = panacheQuery.page(page, size);
        return new PageOf<>(results.list(), page, size, results.count());
    }

    private Instant now() {
        // PostgreSQL keeps microseconds: truncate so that what we return equals what we stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
