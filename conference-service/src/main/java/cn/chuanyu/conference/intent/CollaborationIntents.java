package cn.chuanyu.conference.intent;

import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.UUID;

/** Publishing and withdrawing intents: each change and its event commit together. */
@ApplicationScoped
public class CollaborationIntents {

    /**
     * ?2 is a substring of the title or summary, or a whole keyword or discipline. Literal: {@code locate} finds the
     * text itself, so {@code %}, {@code _} and {@code \} in it match only themselves (no LIKE pattern).
     */
    private static final String SEARCH = """
            status = ?1 and (locate(?2, title) > 0 or locate(?2, summary) > 0
                or array_contains(keywords, ?2) or array_contains(disciplines, ?2))
            order by publishedAt desc, id""";

    private final Outbox outbox;
    private final ConferenceClock clock;

    CollaborationIntents(Outbox outbox, ConferenceClock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public CollaborationIntent publish(PublishIntentRequest request, String researcher) {
        requireOwnPaper(request.paperId(), researcher);
        var intent = CollaborationIntent.publish(request, researcher, clock.now());
        intent.persist();
        outbox.publish(IntentEvents.published(intent));
        return intent;
    }

    @Transactional
    public CollaborationIntent withdraw(UUID id, String user) {
        CollaborationIntent intent = get(id);
        Instant now = clock.now();
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
            throw new ProblemException(Status.BAD_REQUEST, "not-your-paper", "not-your-paper", paperId);
        }
    }

    public CollaborationIntent get(UUID id) {
        CollaborationIntent intent = CollaborationIntent.findById(id);
        if (intent == null) {
            throw ProblemException.notFound("intent", id);
        }
        return intent;
    }

    /** Published intents, newest first; {@code query} matches title, summary, a keyword or a discipline. */
    public PageOf<CollaborationIntent> published(String query, int page, int size) {
        var panacheQuery = query == null || query.isBlank()
                ? CollaborationIntent.find("status = ?1 order by publishedAt desc, id", IntentStatus.PUBLISHED)
                : CollaborationIntent.find(SEARCH, IntentStatus.PUBLISHED, query.strip());
        var results = panacheQuery.page(page, size);
        return new PageOf<>(results.list(), page, size, results.count());
    }
}
