package cn.chuanyu.conference.calendar;

import cn.chuanyu.calendar.CalendarFeedRequest;
import cn.chuanyu.calendar.CalendarFeedView;
import cn.chuanyu.calendar.CalendarFeeds;
import cn.chuanyu.calendar.NewCalendarFeedView;
import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/conference/calendar-feeds")
@Tag(
        name = "Calendar",
        description = "日历订阅: iCalendar feeds of conference dates (a public one, and private ones of the "
                + "conferences a user takes part in), for Outlook, Google, Apple or Thunderbird calendars")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed({Caller.ORGANISER, Caller.RESEARCHER, Caller.REVIEWER})
@SecurityRequirement(name = "jwt")
public class CalendarFeedResource {

    private final CalendarFeeds feeds;
    private final ConferenceClock clock;
    private final SecurityIdentity identity;

    CalendarFeedResource(CalendarFeeds feeds, ConferenceClock clock, SecurityIdentity identity) {
        this.feeds = feeds;
        this.clock = clock;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createConferenceCalendarFeed",
            summary = "Create a private calendar feed of my conference dates",
            description = "Researchers, reviewers and organisers. The answer's url (shown only now) is the feed: the "
                    + "days and call for papers of the conferences the caller submitted to (with their author-response "
                    + "and camera-ready windows) or reviews papers of (with the review deadline); an organiser's shows "
                    + "every conference with all of these. A calendar app reads it without signing in, so the secret "
                    + "in it is a credential: revoke the feed when it leaks.")
    @APIResponseSchema(
            value = NewCalendarFeedView.class,
            responseCode = "201",
            responseDescription = "Created; Location names the feed (to revoke it)")
    @APIResponse(responseCode = "400", description = "Invalid request (a name of 1 to 100 characters is required)")
    @APIResponse(
            responseCode = "409",
            description = "The caller already holds " + CalendarFeeds.FEEDS_PER_OWNER
                    + " feeds (too-many-calendar-feeds): revoke one first")
    public Response create(@Valid @NotNull CalendarFeedRequest request) {
        Caller caller = Caller.of(identity);
        var created = feeds.create(caller.user(), request.name(), ConferenceCalendar.scopeOf(caller), clock.now());
        return Response.created(URI.create("/api/conference/calendar-feeds/" + created.feed().id))
                .entity(NewCalendarFeedView.of(created, feeds.url(CalendarResource.PATH, created.secret())))
                .build();
    }

    @GET
    @Operation(
            operationId = "listConferenceCalendarFeeds",
            summary = "My calendar feeds",
            description = "The caller's own feeds, oldest first, without their URLs.")
    @APIResponse(responseCode = "200", description = "The caller's feeds")
    public List<CalendarFeedView> list() {
        return feeds.of(Caller.of(identity).user()).stream()
                .map(CalendarFeedView::of)
                .toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "revokeConferenceCalendarFeed",
            summary = "Revoke one of my calendar feeds",
            description = "Its URL answers 404 from now on. Another user's feed is not found (404) either.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such feed of the caller's (calendar-feed-not-found)")
    public void revoke(@Parameter(description = "the feed") @PathParam("id") UUID id) {
        feeds.revoke(Caller.of(identity).user(), id);
    }
}
