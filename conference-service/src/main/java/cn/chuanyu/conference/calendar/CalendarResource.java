package cn.chuanyu.conference.calendar;

import cn.chuanyu.calendar.CalendarFeed;
import cn.chuanyu.calendar.CalendarFeeds;
import cn.chuanyu.calendar.FeedAnswer;
import cn.chuanyu.web.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The feeds as calendar apps read them: no token, the secret in the path is the credential. */
@Path(CalendarResource.PATH)
@Tag(name = "Calendar")
public class CalendarResource {

    static final String PATH = "/api/conference/calendar";

    private final CalendarFeeds feeds;
    private final ConferenceCalendar calendar;

    CalendarResource(CalendarFeeds feeds, ConferenceCalendar calendar) {
        this.feeds = feeds;
        this.calendar = calendar;
    }

    @GET
    @Path("/{secret}.ics")
    @PermitAll
    @Produces({FeedAnswer.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(
            operationId = "readConferenceCalendarFeed",
            summary = "A private calendar feed (iCalendar) of my conference dates",
            description = "What a calendar app subscribes to, without a token: the secret in the URL (from "
                    + "createConferenceCalendarFeed) is the credential. RFC 5545, UTF-8, whole-day events (China's "
                    + "dates): the days and the call-for-papers deadline of the conferences the owner submitted to or "
                    + "reviews for, with the author-response and camera-ready windows (authors) and the review "
                    + "deadline (reviewers); all conferences for an organiser. Each event keeps its UID, and its "
                    + "SEQUENCE grows when it changes.")
    @APIResponse(
            responseCode = "200",
            description = "The feed",
            content =
                    @Content(
                            mediaType = FeedAnswer.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING),
                            example = FeedAnswer.EXAMPLE))
    @APIResponse(responseCode = "404", description = "No such feed, or revoked (calendar-feed-not-found)")
    public Response read(@Parameter(description = "the feed's secret") @PathParam("secret") String secret) {
        CalendarFeed feed = feeds.opened(secret);
        return FeedAnswer.of(calendar.of(feed.owner, feed.scope), "conference.ics");
    }

    @GET
    @Path("/conferences.ics")
    @PermitAll
    @Produces({FeedAnswer.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(
            operationId = "readPublishedConferencesCalendar",
            summary = "The public calendar (iCalendar) of every conference's dates",
            description = "Anyone may subscribe: each conference's days and its call-for-papers deadline, as "
                    + "whole-day events (China's dates), RFC 5545, UTF-8.")
    @APIResponse(
            responseCode = "200",
            description = "The feed",
            content =
                    @Content(
                            mediaType = FeedAnswer.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING),
                            example = FeedAnswer.EXAMPLE))
    public Response published() {
        return FeedAnswer.of(calendar.published(), "conferences.ics");
    }
}
