package cn.chuanyu.conference.review;

import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/conference/declared-conflicts")
@Tag(name = "Review")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
public class ConflictDeclarationResource {

    private final Reviews reviews;
    private final SecurityIdentity identity;

    ConflictDeclarationResource(Reviews reviews, SecurityIdentity identity) {
        this.reviews = reviews;
        this.identity = identity;
    }

    @Schema(description = "A conflict of interest between a paper and an expert", example = """
            {"paperId": "0f8fad5b-d9cb-469f-a165-70867728950e", "reviewer": "reviewer"}""")
    public record DeclareConflictRequest(
            @Schema(description = "the paper's id") @NotNull UUID paperId,

            @Schema(description = "the user name of the expert") @NotBlank @Size(max = 100)
            String reviewer) {}

    @Schema(description = "A declared conflict of interest", example = """
            {"paperId": "0f8fad5b-d9cb-469f-a165-70867728950e", "reviewer": "reviewer", "declaredBy": "guochao",
             "declaredAt": "2020-11-05T02:00:00Z"}""")
    public record DeclaredConflictView(
            @Schema(description = "the paper's id") UUID paperId,

            @Schema(description = "the user name of the expert")
            String reviewer,

            @Schema(description = "who declared it: the paper's submitter or the expert")
            String declaredBy,

            @Schema(description = "when it was declared") Instant declaredAt) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.RESEARCHER, Caller.REVIEWER})
    @Operation(
            operationId = "declareConflict",
            summary = "Declare a conflict of interest between a paper and an expert",
            description = "By the paper's submitter (an expert who must not judge it) or by the expert (a paper they "
                    + "must not judge); anyone else is refused (403). The expert is then never assigned the paper, "
                    + "by hand or by a proposal. Once per pair (409).")
    @APIResponseSchema(value = DeclaredConflictView.class, responseCode = "201", responseDescription = "Declared")
    @APIResponse(responseCode = "404", description = "No such paper or expert")
    @APIResponse(responseCode = "409", description = "Declared already")
    public Response declare(@Valid @NotNull DeclareConflictRequest request) {
        DeclaredConflict c = reviews.declareConflict(
                request.paperId(), request.reviewer(), Caller.of(identity).user());
        return Response.status(Response.Status.CREATED)
                .entity(new DeclaredConflictView(c.paperId, c.reviewer, c.declaredBy, c.declaredAt))
                .build();
    }
}
