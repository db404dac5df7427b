package cn.chuanyu.alliance.board;

import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.web.Cursor;
import cn.chuanyu.web.KeysetPage;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/alliance/board-items")
@Tag(name = "Board", description = "需求、资源、项目清单: the zones' demands, resources and projects")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class BoardItemResource {

    private final BoardItems items;
    private final BoardSearch search;
    private final SecurityIdentity identity;

    BoardItemResource(BoardItems items, BoardSearch search, SecurityIdentity identity) {
        this.items = items;
        this.search = search;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "draftBoardItem",
            summary = "Draft a demand, resource or project for your zone",
            description = "Nothing needs to be unique: each call drafts a new item with a new id. Zone officers draft "
                    + "for the zone of their token, the secretariat for any zone. 400 unknown-zone for a zone outside "
                    + "the alliance, 400 invalid-dates when validUntil is before validFrom.")
    @APIResponseSchema(
            value = BoardItemView.class,
            responseCode = "201",
            responseDescription = "Drafted; publish it to put it on the board")
    @APIResponse(responseCode = "403", description = "Not an officer of that zone")
    public Response draft(@Valid @NotNull BoardItemRequest request) {
        BoardItem item = items.draft(request, Caller.of(identity));
        return Response.created(URI.create("/api/alliance/board-items/" + item.id))
                .entity(BoardItemView.of(item, items.today()))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "editBoardItem",
            summary = "Edit a draft, sending the version you read",
            description = "Replaces the draft's content. 'version' is required (400 version-required) and must be the "
                    + "current one (409 concurrent-modification); the zone cannot change (400 zone-is-fixed).")
    @APIResponse(responseCode = "200", description = "The edited draft")
    @APIResponse(responseCode = "403", description = "A published item of another zone")
    @APIResponse(responseCode = "404", description = "No such item, or an unpublished item of another zone")
    @APIResponse(responseCode = "409", description = "Changed since you read it, or no longer a draft")
    public BoardItemView edit(
            @Parameter(description = "the item's id") @PathParam("id") UUID id,
            @Valid @NotNull BoardItemRequest request) {
        return BoardItemView.of(items.edit(id, request, Caller.of(identity)), items.today());
    }

    @POST
    @Path("/{id}/publication")
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "publishBoardItem",
            summary = "Publish a draft on the board, or submit it for approval in a moderated zone",
            description = "Refused (409) when validUntil is before today (Asia/Shanghai). In a zone whose items need "
                    + "the secretariat's approval (see the zone's moderationRequired), an officer's request moves the "
                    + "draft to SUBMITTED, off the public board, and emits cn.chuanyu.alliance.board-item.submitted.v1 "
                    + "(internal); otherwise, and always for the secretariat, the item is PUBLISHED and "
                    + "cn.chuanyu.alliance.board-item.published.v1 is emitted.")
    @APIResponse(
            responseCode = "200",
            description = "Published (on the board until it expires), or SUBMITTED for approval in a moderated zone")
    @APIResponse(responseCode = "403", description = "A published item of another zone")
    @APIResponse(responseCode = "404", description = "No such item, or an unpublished item of another zone")
    @APIResponse(responseCode = "409", description = "Not a draft, or already expired")
    public BoardItemView publish(@Parameter(description = "the item's id") @PathParam("id") UUID id) {
        return BoardItemView.of(items.publish(id, Caller.of(identity)), items.today());
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed(Caller.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "approveBoardItem",
            summary = "Approve a submitted item: it is published (secretariat)",
            description = "SUBMITTED → PUBLISHED; a return reason it carried is cleared. Refused (409) when the item "
                    + "is not SUBMITTED or its validUntil is before today (Asia/Shanghai). "
                    + "Emits cn.chuanyu.alliance.board-item.published.v1.")
    @APIResponse(responseCode = "200", description = "Published: on the board until it expires")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "Not submitted, or already expired")
    public BoardItemView approve(@Parameter(description = "the item's id") @PathParam("id") UUID id) {
        return BoardItemView.of(items.approve(id, Caller.of(identity)), items.today());
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "returnBoardItem",
            summary = "Return a submitted item to its zone as a draft, with a reason (secretariat)",
            description = "SUBMITTED → DRAFT; the reason is kept and shown on the item (returnReason) so that the "
                    + "zone's officers can edit the draft and submit it again. 400 when the reason is blank. "
                    + "Emits cn.chuanyu.alliance.board-item.returned.v1 (internal) for the zone's officers.")
    @APIResponse(responseCode = "200", description = "Back to DRAFT, with returnReason")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "Not submitted")
    public BoardItemView returnToDraft(
            @Parameter(description = "the item's id") @PathParam("id") UUID id, @Valid @NotNull ReturnRequest request) {
        return BoardItemView.of(items.returnToDraft(id, request, Caller.of(identity)), items.today());
    }

    @POST
    @Path("/{id}/recall")
    @RolesAllowed(Caller.ZONE_OFFICER)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "recallBoardItem",
            summary = "Take back an item submitted for approval, as a draft (the zone's officers)",
            description = "SUBMITTED → DRAFT, off the secretariat's queue, before it approves or returns it: the "
                    + "zone's officers may then edit the draft and submit it again, or leave it. Emits "
                    + "cn.chuanyu.alliance.board-item.recalled.v1 (internal).")
    @APIResponse(responseCode = "200", description = "A draft again")
    @APIResponse(responseCode = "403", description = "A published item of another zone")
    @APIResponse(responseCode = "404", description = "No such item, or an unpublished item of another zone")
    @APIResponse(responseCode = "409", description = "Not submitted (already approved, returned or recalled)")
    public BoardItemView recall(@Parameter(description = "the item's id") @PathParam("id") UUID id) {
        return BoardItemView.of(items.recall(id, Caller.of(identity)), items.today());
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "withdrawBoardItem",
            summary = "Withdraw a published item from the board",
            description = "Emits cn.chuanyu.alliance.board-item.withdrawn.v1.")
    @APIResponse(responseCode = "200", description = "Withdrawn: off the board")
    @APIResponse(responseCode = "403", description = "A published item of another zone")
    @APIResponse(responseCode = "404", description = "No such item, or an unpublished item of another zone")
    @APIResponse(responseCode = "409", description = "Not published")
    public BoardItemView withdraw(@Parameter(description = "the item's id") @PathParam("id") UUID id) {
        return BoardItemView.of(items.withdraw(id, Caller.of(identity)), items.today());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getBoardItem", summary = "Read a board item (drafts: your zone's only)")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "404", description = "No such item, or a draft of another zone")
    public BoardItemView get(@Parameter(description = "the item's id") @PathParam("id") UUID id) {
        return BoardItemView.of(items.get(id, Caller.of(identity)), items.today());
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listBoardItems",
            summary = "The public board (published items still valid), or a zone's drafts, "
                    + "submitted, withdrawn or expired items; newest first",
            description = "Paged by keyset: pass a page's 'next' as 'after' for the following page. "
                    + "'total' counts up to " + KeysetPage.TOTAL_CAP + " items of a listing, and up to "
                    + BoardSearch.SEARCH_TOTAL_CAP + " matches of a text search ('q'); 'totalExact' is false beyond, "
                    + "and 'total' is then that cap, a lower bound (e.g. \"" + BoardSearch.SEARCH_TOTAL_CAP + "+\"). "
                    + "'next' is always present: the cursor of the following page, null on the last page. "
                    + "Published items are those still valid today (Asia/Shanghai); EXPIRED ones are past their "
                    + "validUntil. The text 'q' is matched literally: %, _ and \\ stand for themselves. "
                    + "The public board needs no token; a zone's DRAFT, SUBMITTED, WITHDRAWN or EXPIRED items need one "
                    + "(401 without) of an officer of that zone or of the secretariat (403 otherwise). The "
                    + "secretariat's SUBMITTED list without a zone is its approval queue of every zone.")
    @APIResponse(responseCode = "200", description = "A page of board items")
    @APIResponse(responseCode = "401", description = "status DRAFT, SUBMITTED, WITHDRAWN or EXPIRED without a token")
    @APIResponse(
            responseCode = "403",
            description = "status DRAFT, SUBMITTED, WITHDRAWN or EXPIRED for a zone you are not an officer of, or "
                    + "without a zone when your token names none and you are not the secretariat")
    public KeysetPage<BoardItemView> board(
            @Parameter(description = "only this zone's items: its code, e.g. chengdu")
                    @QueryParam("zone")
                    @Size(max = 30)
                    String zone,
            @Parameter(description = "only items of this list of the board") @QueryParam("kind") BoardItemKind kind,
            @Parameter(description = "only items of this industry category, e.g. 新能源")
                    @QueryParam("industry")
                    @Size(max = 50)
                    String industry,
            @Parameter(
                            description = "search text, e.g. 电池: in the title or description, or a keyword; "
                                    + "matches are counted up to " + BoardSearch.SEARCH_TOTAL_CAP)
                    @QueryParam("q")
                    @Size(max = 100)
                    String query,
            @Parameter(
                            description =
                                    "PUBLISHED (default, public); DRAFT, SUBMITTED, WITHDRAWN or EXPIRED: a zone's "
                                            + "own lists, for its officers and the secretariat")
                    @QueryParam("status")
                    BoardItemStatus status,
            @Parameter(description = "the 'next' cursor of the previous page; absent for the first page")
                    @QueryParam("after")
                    @Size(max = 64)
                    String after,
            @Parameter(description = "items per page, 1 to 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return search.board(
                        new BoardSearch.Filter(zone, kind, industry, query, status),
                        Caller.of(identity),
                        Cursor.decode(after),
                        size)
                .map(i -> BoardItemView.of(i, items.today()));
    }
}
