package cn.chuanyu.alliance.calendar;

import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.calendar.CalendarFeedRequest;
import cn.chuanyu.calendar.CalendarFeedView;
import cn.chuanyu.calendar.CalendarFeeds;
import cn.chuanyu.calendar.NewCalendarFeedView;
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

@Path("/api/alliance/calendar-feeds")
@Tag(
        name = "Calendar",
        description = "日历订阅: private iCalendar feeds of seminars and of projects' consultations, for Outlook, "
                + "Google, Apple or Thunderbird calendars")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed({Caller.SECRETARIAT, Caller.ZONE_OFFICER})
@SecurityRequirement(name = "jwt")
public class CalendarFeedResource {

    private final CalendarFeeds feeds;
    private final AllianceClock clock;
    private final SecurityIdentity identity;

    CalendarFeedResource(CalendarFeeds feeds, AllianceClock clock, SecurityIdentity identity) {
        this.feeds = feeds;
        this.clock = clock;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createAllianceCalendarFeed",
            summary = "Create a private calendar feed of seminars and consultations",
            description = "Zone officers and the secretariat. The answer's url (shown only now) is the feed: for "
                    + "a zone officer, the seminars their zone hosts or attends and the consultations (held, and the "
                    + "next one due) of the projects their zone leads or is a partner of, for the zone their token "
                    + "names now; for the secretariat, every seminar. A calendar app reads it without signing in, so "
                    + "the secret in it is a credential: revoke the feed when it leaks.")
    @APIResponseSchema(
            value = NewCalendarFeedView.class,
            responseCode = "201",
            responseDescription = "Created; Location names the feed (to revoke it)")
    @APIResponse(responseCode = "400", description = "Invalid request (a name of 1 to 100 characters is required)")
    @APIResponse(
            responseCode = "409",
            description = "The caller already holds " + CalendarFeeds.FEEDS_PER_OWNER
                    + " feeds (too-many-calendar-feeds): revoke one first")
    @APIResponse(responseCode = "403", description = "A zone officer whose token names no zone (calendar-needs-zone)")
    public Response create(@Valid @NotNull CalendarFeedRequest request) {
        Caller caller = Caller.of(identity);
        var created = feeds.create(caller.user(), request.name(), AllianceCalendar.scopeOf(caller), clock.now());
        return Response.created(URI.create("/api/alliance/calendar-feeds/" + created.feed().id))
                .entity(NewCalendarFeedView.of(created, feeds.url(CalendarResource.PATH, created.secret())))
                .build();
    }

    @GET
    @Operation(
            operationId = "listAllianceCalendarFeeds",
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
            operationId = "revokeAllianceCalendarFeed",
            summary = "Revoke one of my calendar feeds",
            description = "Its URL answers 404 from now on. Another user's feed is not found (404) either.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such feed of the caller's (calendar-feed-not-found)")
    public void revoke(@Parameter(description = "the feed") @PathParam("id") UUID id) {
        feeds.revoke(Caller.of(identity).user(), id);
    }
}
