package cn.chuanyu.calendar;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a creation: the only time the feed's URL (with its secret) is shown. */
@Schema(
        name = "NewCalendarFeed",
        description = "A private calendar feed just created. Its url is shown only now: whoever has it reads the "
                + "owner's calendar, without signing in, until the owner revokes the feed.")
public record NewCalendarFeedView(
        @Schema(description = "the feed's id, to revoke it") UUID id,

        @Schema(description = "the owner's name for it", example = "手机日历")
        String name,

        @Schema(
                description = "the address to subscribe to in a calendar app (Outlook, Google, Apple, Thunderbird)",
                example =
                        "https://api.chuanyu.cn/api/training/calendar/3q2-7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics")
        URI url,

        @Schema(description = "when it was created (UTC)") Instant createdAt) {

    public static NewCalendarFeedView of(CalendarFeeds.NewFeed created, URI url) {
        return new NewCalendarFeedView(created.feed().id, created.feed().name, url, created.feed().createdAt);
    }
}
