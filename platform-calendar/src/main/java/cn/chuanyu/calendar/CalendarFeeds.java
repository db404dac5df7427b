package cn.chuanyu.calendar;

import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates, lists, revokes and finds users' private feeds. What a feed shows is each service's own; this only answers
 * whose feed a secret opens. An unknown secret, a revoked feed and another user's feed all get the same 404
 * ({@code calendar-feed-not-found} of the service's problem texts), so nobody learns that a feed exists.
 */
@ApplicationScoped
public class CalendarFeeds {

    /**
     * Feeds one person may hold at once: one per device or calendar app is a handful; beyond, a leaked or scripted
     * account would mint credentials without end.
     */
    public static final int FEEDS_PER_OWNER = 20;

    /** A feed just created, with the secret its URL carries: shown this once, never stored. */
    public record NewFeed(CalendarFeed feed, String secret) {}

    private final String publicBase;

    CalendarFeeds(
            @ConfigProperty(name = "chuanyu.web.public-base-url", defaultValue = "http://127.0.0.1:8080")
                    String publicBase) {
        this.publicBase = publicBase.endsWith("/") ? publicBase.substring(0, publicBase.length() - 1) : publicBase;
    }

    /**
     * A new feed of the owner's; refused ({@code 409 too-many-calendar-feeds} of the service's problem texts) when they
     * already hold {@value #FEEDS_PER_OWNER}.
     */
    @Transactional
    public NewFeed create(String owner, String name, String scope, Instant now) {
        // one at a time per owner, so that the limit holds under concurrent creations
        CalendarFeed.getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtext('calendar_feed:' || ?1))")
                .setParameter(1, owner)
                .getSingleResult();
        if (CalendarFeed.count("owner", owner) >= FEEDS_PER_OWNER) {
            throw new ProblemException(
                    Status.CONFLICT, "too-many-calendar-feeds", "too-many-calendar-feeds", FEEDS_PER_OWNER);
        }
        String secret = FeedSecret.generate();
        var feed = new CalendarFeed();
        feed.id = UUID.randomUUID();
        feed.owner = owner;
        feed.name = name.strip();
        feed.secretHash = FeedSecret.hash(secret);
        feed.scope = scope;
        feed.createdAt = now;
        feed.persist();
        return new NewFeed(feed, secret);
    }

    /**
     * The feed's address on the platform's public origin (as {@code Location}s are), for a service whose feeds are read
     * at {@code <path>/<secret>.ics}, e.g. {@code /api/training/calendar}.
     */
    public URI url(String path, String secret) {
        return URI.create(publicBase + path + "/" + secret + ".ics");
    }

    /** The owner's feeds, oldest first. */
    public List<CalendarFeed> of(String owner) {
        return CalendarFeed.list("owner = ?1 order by createdAt, id", owner);
    }

    @Transactional
    public void revoke(String owner, UUID id) {
        long deleted = CalendarFeed.delete("id = ?1 and owner = ?2", id, owner);
        if (deleted == 0) {
            throw notFound();
        }
    }

    /** The feed the secret opens. */
    public CalendarFeed opened(String secret) {
        if (!FeedSecret.wellFormed(secret)) {
            throw notFound();
        }
        return CalendarFeed.<CalendarFeed>find("secretHash", FeedSecret.hash(secret))
                .firstResultOptional()
                .orElseThrow(CalendarFeeds::notFound);
    }

    private static ProblemException notFound() {
        return new ProblemException(Status.NOT_FOUND, "not-found", "calendar-feed-not-found");
    }
}
