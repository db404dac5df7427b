package cn.chuanyu.calendar;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A feed as its owner lists it: never its URL, whose secret was shown once at creation. */
@Schema(name = "CalendarFeed", description = "One of the caller's private calendar feeds (its URL is not shown again)")
public record CalendarFeedView(
        @Schema(description = "the feed's id, to revoke it") UUID id,

        @Schema(description = "the owner's name for it", example = "手机日历")
        String name,

        @Schema(description = "when it was created (UTC)") Instant createdAt) {

    public static CalendarFeedView of(CalendarFeed feed) {
        return new CalendarFeedView(feed.id, feed.name, feed.createdAt);
    }
}
