package cn.chuanyu.alliance.follow;

import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/alliance")
@Tag(name = "Follows", description = "关注与订阅: follow board items and projects, save board searches; yours only")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Authenticated
@SecurityRequirement(name = "jwt")
public class FollowResource {

    private final Follows follows;
    private final SecurityIdentity identity;

    FollowResource(Follows follows, SecurityIdentity identity) {
        this.follows = follows;
        this.identity = identity;
    }

    @Schema(description = "Something you follow", example = """
            {"id": "8f7e6d5c-4b3a-4921-8f0e-1d2c3b4a5f6e", "boardItemId": "5b0e8a52-3f7e-4c1a-9d53-1f0c2a7e6b10",
             "projectId": null, "followedAt": "2021-01-12T02:00:00Z"}""")
    public record FollowView(
            @Schema(description = "the follow's id: unfollow by it")
            UUID id,

            @Schema(description = "the followed board item; null when a project is followed", nullable = true)
            UUID boardItemId,

            @Schema(description = "the followed project; null when a board item is followed", nullable = true)
            UUID projectId,

            @Schema(description = "since when") Instant followedAt) {
        static FollowView of(Follow f) {
            return new FollowView(f.id, f.boardItemId, f.projectId, f.followedAt);
        }
    }

    @Schema(description = "A board search you saved", example = """
            {"id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", "name": "成都电池需求", "zone": "chengdu", "kind": "DEMAND",
             "industry": "新能源", "q": "电池", "createdAt": "2021-01-12T02:00:00Z"}""")
    public record SavedSearchView(
            @Schema(description = "the search's id") UUID id,
            @Schema(description = "your name for it") String name,

            @Schema(description = "the zone filter; null: any", nullable = true)
            String zone,

            @Schema(description = "the list filter; null: any", nullable = true)
            BoardItemKind kind,

            @Schema(description = "the industry filter; null: any", nullable = true)
            String industry,

            @Schema(description = "the search text; null: any", nullable = true)
            String q,

            @Schema(description = "when it was saved") Instant createdAt) {
        static SavedSearchView of(SavedSearch s) {
            return new SavedSearchView(s.id, s.name, s.zone, s.kind, s.industry, s.query, s.createdAt);
        }
    }

    @POST
    @Path("/follows")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "follow",
            summary = "Follow a published board item or a collaboration project",
            description = "Any signed-in user. You are told (notification-service) when a followed item is withdrawn "
                    + "or expires, and when a followed project changes stage. Following what you already follow "
                    + "answers 200 with the existing follow. 400 one-target unless exactly one of boardItemId and "
                    + "projectId is given; 404 for an unknown project or an item that is not on the public board; "
                    + "409 target-not-open for an item withdrawn or expired.")
    @APIResponseSchema(value = FollowView.class, responseCode = "201", responseDescription = "Now followed")
    @APIResponse(
            responseCode = "200",
            description = "Already followed: the existing follow",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FollowView.class)))
    @APIResponse(responseCode = "400", description = "Not exactly one of boardItemId and projectId")
    @APIResponse(responseCode = "404", description = "No such project, or no such item on the board")
    @APIResponse(responseCode = "409", description = "The item is withdrawn or expired")
    public Response follow(@Valid @NotNull FollowRequest request) {
        Follows.Followed followed = follows.follow(request, user());
        if (!followed.created()) {
            return Response.ok(FollowView.of(followed.follow())).build();
        }
        return Response.created(URI.create("/api/alliance/follows/" + followed.follow().id))
                .entity(FollowView.of(followed.follow()))
                .build();
    }

    @GET
    @Path("/follows")
    @Operation(operationId = "listMyFollows", summary = "What you follow, newest first (yours only)")
    @APIResponse(responseCode = "200", description = "A page of your follows")
    public PageOf<FollowView> myFollows(
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "page size, at most 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return follows.follows(user(), page, size).map(FollowView::of);
    }

    @DELETE
    @Path("/follows/{id}")
    @Operation(
            operationId = "unfollow",
            summary = "Stop following",
            description = "Your own follows only: another person's is answered 404, as if it did not exist.")
    @APIResponse(responseCode = "204", description = "No longer followed")
    @APIResponse(responseCode = "404", description = "No such follow of yours")
    public void unfollow(@Parameter(description = "the follow's id") @PathParam("id") UUID id) {
        follows.unfollow(id, user());
    }

    @POST
    @Path("/saved-searches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "saveBoardSearch",
            summary = "Save a board search under a name, to hear of new items matching it",
            description =
                    "Any signed-in user. The filters mean what listBoardItems' do (zone, kind, industry, q); each "
                            + "newly published item matching them is announced to you (notification-service). Up to "
                            + Follows.SEARCHES_PER_USER
                            + " searches each (409 too-many-saved-searches), names unique among "
                            + "yours (409 saved-search-name-taken); 400 unknown-zone for a zone outside the alliance.")
    @APIResponseSchema(value = SavedSearchView.class, responseCode = "201", responseDescription = "Saved")
    @APIResponse(responseCode = "400", description = "Invalid filters or name")
    @APIResponse(responseCode = "409", description = "Name taken, or too many searches")
    public Response save(@Valid @NotNull SavedSearchRequest request) {
        SavedSearch search = follows.save(request, user());
        return Response.created(URI.create("/api/alliance/saved-searches/" + search.id))
                .entity(SavedSearchView.of(search))
                .build();
    }

    @GET
    @Path("/saved-searches")
    @Operation(
            operationId = "listMySavedSearches",
            summary = "Your saved board searches, newest first (at most " + Follows.SEARCHES_PER_USER + ")")
    @APIResponse(responseCode = "200", description = "Your saved searches")
    public List<SavedSearchView> mySearches() {
        return follows.searches(user()).stream().map(SavedSearchView::of).toList();
    }

    @GET
    @Path("/saved-searches/{id}")
    @Operation(
            operationId = "getSavedSearch",
            summary = "Read one of your saved searches",
            description = "Another person's is answered 404.")
    @APIResponse(responseCode = "200", description = "The search")
    @APIResponse(responseCode = "404", description = "No such search of yours")
    public SavedSearchView search(@Parameter(description = "the search's id") @PathParam("id") UUID id) {
        return SavedSearchView.of(follows.search(id, user()));
    }

    @DELETE
    @Path("/saved-searches/{id}")
    @Operation(
            operationId = "deleteSavedSearch",
            summary = "Delete one of your saved searches",
            description = "Another person's is answered 404, and stays.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such search of yours")
    public void delete(@Parameter(description = "the search's id") @PathParam("id") UUID id) {
        follows.delete(id, user());
    }

    private String user() {
        return Caller.of(identity).user();
    }
}
