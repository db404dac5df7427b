package cn.chuanyu.alliance.interest;

import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.Problem;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/alliance/interests")
@Tag(
        name = "Interests",
        description = "意向对接: expressions of interest in the board's items and the technology offers, answered by "
                + "the owning side and introduced through certified brokers")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
public class InterestResource {

    private static final String OWNER_403 =
            "Not the owning side: an officer of another zone, or not the offer's author";
    private static final String HIDDEN_404 =
            "No such interest, or not yours to see (only its expresser, the owning side and the secretariat see it)";

    private final Interests interests;
    private final SecurityIdentity identity;

    InterestResource(Interests interests, SecurityIdentity identity) {
        this.interests = interests;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.RESEARCHER, Caller.COMPANY_REPRESENTATIVE, Caller.ZONE_OFFICER})
    @Operation(
            operationId = "expressInterest",
            summary = "Express interest in a published board item or an active technology offer",
            description = "Researchers, companies' representatives and officers of other zones express interest; "
                    + "the owning side (the item's zone, or the offer's author) answers. One open interest (PENDING, "
                    + "ACCEPTED or INTRODUCED) per person and target (409 interest-exists); after a withdrawal or a "
                    + "declination one may express again. 400 one-target unless exactly one of boardItemId and "
                    + "offerId; 400 contact-required without an e-mail or a phone; 400 same-zone for your own "
                    + "zone's item; 400 own-offer for your own offer; 404 for an unknown target or a draft; 409 "
                    + "target-not-open when it is withdrawn or expired. Emits "
                    + "cn.chuanyu.alliance.interest.expressed.v1 (internal topic).")
    @APIResponseSchema(
            value = InterestView.class,
            responseCode = "201",
            responseDescription = "Expressed; the owning side is notified")
    @APIResponse(responseCode = "400", description = "Invalid, or your own zone's item or your own offer")
    @APIResponse(responseCode = "404", description = "No such published item or offer")
    @APIResponse(responseCode = "409", description = "Already expressed, or the target is no longer open")
    public Response express(@Valid @NotNull InterestRequests.Express request) {
        Interest interest = interests.express(request, expresser());
        return Response.created(URI.create("/api/alliance/interests/" + interest.id))
                .entity(InterestView.of(interest))
                .build();
    }

    @POST
    @Path("/{id}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT, Caller.RESEARCHER})
    @Operation(
            operationId = "acceptInterest",
            summary = "Accept a pending interest (the owning side)",
            description = "Emits cn.chuanyu.alliance.interest.answered.v1 for the expresser.")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "403", description = OWNER_403)
    @APIResponse(responseCode = "404", description = HIDDEN_404)
    @APIResponse(responseCode = "409", description = "Not pending, or changed since the version sent")
    public InterestView accept(
            @Parameter(description = "the interest's id") @PathParam("id") UUID id,
            @Valid @NotNull InterestRequests.Accept request) {
        return InterestView.of(interests.accept(id, request, Caller.of(identity)));
    }

    @POST
    @Path("/{id}/declination")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT, Caller.RESEARCHER})
    @Operation(
            operationId = "declineInterest",
            summary = "Decline a pending interest with a reason (the owning side)",
            description = "400 note-required when the reason is OTHER without a note. Emits "
                    + "cn.chuanyu.alliance.interest.answered.v1 for the expresser.")
    @APIResponse(responseCode = "200", description = "Declined")
    @APIResponse(responseCode = "400", description = "Invalid, or OTHER without a note")
    @APIResponse(responseCode = "403", description = OWNER_403)
    @APIResponse(responseCode = "404", description = HIDDEN_404)
    @APIResponse(responseCode = "409", description = "Not pending, or changed since the version sent")
    public InterestView decline(
            @Parameter(description = "the interest's id") @PathParam("id") UUID id,
            @Valid @NotNull InterestRequests.Decline request) {
        return InterestView.of(interests.decline(id, request, Caller.of(identity)));
    }

    @POST
    @Path("/{id}/introduction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT, Caller.RESEARCHER})
    @Operation(
            operationId = "introduceInterest",
            summary = "Introduce the parties of an accepted interest through a certified broker (the owning side)",
            description = "The broker must be on the alliance's roster and certified today (Asia/Shanghai): 409 "
                    + "broker-not-certified otherwise. Emits cn.chuanyu.alliance.interest.introduced.v1.")
    @APIResponse(responseCode = "200", description = "Introduced")
    @APIResponse(responseCode = "403", description = OWNER_403)
    @APIResponse(responseCode = "404", description = HIDDEN_404)
    @APIResponse(
            responseCode = "409",
            description = "Not accepted, changed since the version sent, or the broker is not certified today")
    public InterestView introduce(
            @Parameter(description = "the interest's id") @PathParam("id") UUID id,
            @Valid @NotNull InterestRequests.Introduce request) {
        return InterestView.of(interests.introduce(id, request, Caller.of(identity)));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.RESEARCHER, Caller.COMPANY_REPRESENTATIVE, Caller.ZONE_OFFICER})
    @Operation(
            operationId = "withdrawInterest",
            summary = "Withdraw your pending or accepted interest (its expresser)",
            description = "Emits cn.chuanyu.alliance.interest.withdrawn.v1 for the owning side.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "403", description = "Not its expresser")
    @APIResponse(responseCode = "404", description = HIDDEN_404)
    @APIResponse(responseCode = "409", description = "Already answered with a declination, introduced or withdrawn")
    public InterestView withdraw(
            @Parameter(description = "the interest's id") @PathParam("id") UUID id,
            @Valid @NotNull InterestRequests.Withdraw request) {
        return InterestView.of(interests.withdraw(id, request, Caller.of(identity)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.RESEARCHER, Caller.COMPANY_REPRESENTATIVE, Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @Operation(
            operationId = "getInterest",
            summary = "Read an interest (its expresser, the owning side, the secretariat)")
    @APIResponse(responseCode = "200", description = "The interest")
    @APIResponse(responseCode = "404", description = HIDDEN_404)
    public InterestView get(@Parameter(description = "the interest's id") @PathParam("id") UUID id) {
        return InterestView.of(interests.get(id, Caller.of(identity)));
    }

    @GET
    @RolesAllowed({Caller.RESEARCHER, Caller.COMPANY_REPRESENTATIVE, Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @Operation(
            operationId = "listInterests",
            summary = "Interests you sent, or those you received as the owning side; newest first",
            description = "box=SENT: those you expressed. box=RECEIVED: a zone officer's zone's, an offer author's "
                    + "offers', every interest for the secretariat; a company representative receives none.")
    @APIResponse(responseCode = "200", description = "A page of interests")
    public PageOf<InterestView> list(
            @Parameter(description = "SENT (default) or RECEIVED") @QueryParam("box") @DefaultValue("SENT")
                    Interests.Box box,
            @Parameter(description = "only interests of this status") @QueryParam("status") InterestStatus status,
            @Parameter(description = "only interests in this board item") @QueryParam("boardItemId") UUID boardItemId,
            @Parameter(description = "only interests in this offer") @QueryParam("offerId") UUID offerId,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "items per page, 1 to 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return interests
                .list(new Interests.Filter(box, status, boardItemId, offerId), Caller.of(identity), page, size)
                .map(InterestView::of);
    }

    /** The capacity the caller expresses interest in: a zone officer for their zone, else company or research. */
    private Interest.Expresser expresser() {
        Caller caller = Caller.of(identity);
        if (identity.hasRole(Caller.ZONE_OFFICER)) {
            if (caller.zone() == null) {
                throw ProblemException.forbidden("interest-no-zone");
            }
            return new Interest.Expresser(caller.user(), ExpresserRole.ZONE_OFFICER, caller.zone());
        }
        ExpresserRole role = identity.hasRole(Caller.COMPANY_REPRESENTATIVE)
                ? ExpresserRole.COMPANY_REPRESENTATIVE
                : ExpresserRole.RESEARCHER;
        return new Interest.Expresser(caller.user(), role, null);
    }
}
