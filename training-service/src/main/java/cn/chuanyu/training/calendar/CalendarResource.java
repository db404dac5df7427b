package cn.chuanyu.training.calendar;

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

    static final String PATH = "/api/training/calendar";

    private final CalendarFeeds feeds;
    private final TrainingCalendar calendar;

    CalendarResource(CalendarFeeds feeds, TrainingCalendar calendar) {
        this.feeds = feeds;
        this.calendar = calendar;
    }

    @GET
    @Path("/{secret}.ics")
    @PermitAll
    @Produces({FeedAnswer.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(
            operationId = "readTrainingCalendarFeed",
            summary = "A private calendar feed (iCalendar) of course sessions",
            description = "What a calendar app subscribes to, without a token: the secret in the URL (from "
                    + "createTrainingCalendarFeed) is the credential. RFC 5545, UTF-8: the sessions of the owner's "
                    + "enrolled programmes (while the enrolment stands) and of the courses they teach, from a year ago "
                    + "on; times in Asia/Shanghai; each session keeps its UID, and its SEQUENCE grows when it changes.")
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
        return FeedAnswer.of(calendar.of(feeds.opened(secret).owner), "training.ics");
    }
}
