package cn.chuanyu.alliance.calendar;

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

    static final String PATH = "/api/alliance/calendar";

    private final CalendarFeeds feeds;
    private final AllianceCalendar calendar;

    CalendarResource(CalendarFeeds feeds, AllianceCalendar calendar) {
        this.feeds = feeds;
        this.calendar = calendar;
    }

    @GET
    @Path("/{secret}.ics")
    @PermitAll
    @Produces({FeedAnswer.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(
            operationId = "readAllianceCalendarFeed",
            summary = "A private calendar feed (iCalendar) of seminars and consultations",
            description = "What a calendar app subscribes to, without a token: the secret in the URL (from "
                    + "createAllianceCalendarFeed) is the credential. RFC 5545, UTF-8, whole-day events: the seminars "
                    + "of the owner's zone (every seminar for the secretariat), and the consultations held by the "
                    + "projects their zone leads or is a partner of, with the day the next one is due. Each event "
                    + "keeps its UID; the due day's SEQUENCE grows when it moves.")
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
        return FeedAnswer.of(calendar.of(feeds.opened(secret).scope), "alliance.ics");
    }
}
