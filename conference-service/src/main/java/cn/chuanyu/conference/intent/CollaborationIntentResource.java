package cn.chuanyu.conference.intent;

import cn.chuanyu.conference.kernel.Caller;
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

@Path("/api/conference/intents")
@Tag(name = "Collaboration intents", description = "橄榄枝: what researchers offer and seek")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class CollaborationIntentResource {

    private final CollaborationIntents intents;
    private final SecurityIdentity identity;

    CollaborationIntentResource(CollaborationIntents intents, SecurityIdentity identity) {
        this.intents = intents;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.RESEARCHER)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "publishIntent",
            summary = "Publish a collaboration intent",
            description = "Publishes what the calling researcher offers or seeks. Nothing needs to be unique: the "
                    + "same researcher may publish several intents, even with the same title. A paperId must name a "
                    + "paper the caller submitted (400 otherwise). Emits cn.chuanyu.conference.intent.published.v1.")
    @APIResponseSchema(
            value = IntentView.class,
            responseCode = "201",
            responseDescription = "Published; Location names the intent")
    @APIResponse(responseCode = "403", description = "Not a researcher")
    public Response publish(@Valid @NotNull PublishIntentRequest request) {
        CollaborationIntent intent =
                intents.publish(request, Caller.of(identity).user());
        return Response.created(URI.create("/api/conference/intents/" + intent.id))
                .entity(IntentView.of(intent))
                .build();
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Caller.RESEARCHER)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "withdrawIntent",
            summary = "Withdraw your collaboration intent",
            description = "Only the researcher who published it may. Emits cn.chuanyu.conference.intent.withdrawn.v1.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "403", description = "Not your intent")
    @APIResponse(responseCode = "409", description = "Already withdrawn")
    public IntentView withdraw(@Parameter(description = "the intent's id") @PathParam("id") UUID id) {
        return IntentView.of(intents.withdraw(id, Caller.of(identity).user()));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(
            operationId = "getIntent",
            summary = "Read one collaboration intent",
            description = "Public, whether published or withdrawn.")
    @APIResponse(responseCode = "200", description = "The intent")
    public IntentView get(@Parameter(description = "the intent's id") @PathParam("id") UUID id) {
        return IntentView.of(intents.get(id));
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listIntents",
            summary = "List published collaboration intents, newest first",
            description = "Public, page by page. `q` matches a title or summary substring, "
                    + "or a keyword or discipline exactly (e.g. 钾离子电池). The text is literal: `%`, `_` and "
                    + "`\\` match only themselves.")
    @APIResponse(responseCode = "200", description = "One page of published intents")
    public PageOf<IntentView> list(
            @Parameter(description = "search text, e.g. 电池; literal, at most 100 characters; blank or absent lists all")
                    @QueryParam("q")
                    @Size(max = 100)
                    String q,
            @Parameter(description = "zero-based page index, at most 1,000,000")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(1_000_000)
                    int page,
            @Parameter(description = "page size, 1 to 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return intents.published(q, page, size).map(IntentView::of);
    }
}
