package cn.chuanyu.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;

/**
 * One event of a feed, as a service describes it: a stable {@code uid} (the same event keeps it across reads, so
 * calendar clients update it instead of adding a copy), times (an instant, shown in China's time) or whole days, and a
 * {@code sequence} that grows with each change (the entity's version) so that clients take the new one.
 *
 * @param start an {@link Instant}, or a {@link LocalDate} for a whole-day event
 * @param end exclusive: an {@link Instant}, or the day after the last day
 */
public record FeedEvent(
        String uid,
        Temporal start,
        Temporal end,
        String summary,
        String description,
        String location,
        URI url,
        long sequence,
        Instant lastModified,
        boolean cancelled) {

    public static FeedEvent timed(String uid, Instant start, Instant end, String summary) {
        return new FeedEvent(uid, start, end, summary, null, null, null, 0, null, false);
    }

    /** From {@code first} to {@code last}, both included. */
    public static FeedEvent days(String uid, LocalDate first, LocalDate last, String summary) {
        return new FeedEvent(uid, first, last.plusDays(1), summary, null, null, null, 0, null, false);
    }

    public FeedEvent describedAs(String text) {
        return new FeedEvent(uid, start, end, summary, text, location, url, sequence, lastModified, cancelled);
    }

    public FeedEvent at(String place) {
        return new FeedEvent(uid, start, end, summary, description, place, url, sequence, lastModified, cancelled);
    }

    public FeedEvent linkedTo(URI link) {
        return new FeedEvent(uid, start, end, summary, description, location, link, sequence, lastModified, cancelled);
    }

    /** The entity's version, so that each change reaches clients, and when it changed (null if not known). */
    public FeedEvent revision(long version, Instant modified) {
        return new FeedEvent(uid, start, end, summary, description, location, url, version, modified, cancelled);
    }

    /** Kept in the feed with STATUS:CANCELLED, so that clients strike it out instead of keeping the old entry. */
    public FeedEvent asCancelled() {
        return new FeedEvent(uid, start, end, summary, description, location, url, sequence, lastModified, true);
    }
}
