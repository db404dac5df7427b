package cn.chuanyu.conference.manuscript;

import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/conference/reviews/assignments/{id}/manuscript")
@Tag(name = "Review")
@Produces({ManuscriptResource.PDF, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
public class AssignedManuscriptResource {

    private final Manuscripts manuscripts;
    private final SecurityIdentity identity;

    AssignedManuscriptResource(Manuscripts manuscripts, SecurityIdentity identity) {
        this.manuscripts = manuscripts;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Caller.REVIEWER)
    @Operation(
            operationId = "downloadAssignedManuscript",
            summary = "The latest manuscript of a paper assigned to you, blind",
            description = "The PDF without its author metadata (document information Author, Creator, Producer and "
                    + "the XMP metadata removed). Another reviewer's assignment, or a paper without a manuscript, "
                    + "does not exist for you (404).")
    @APIResponse(
            responseCode = "200",
            description = "The manuscript",
            content =
                    @Content(
                            mediaType = ManuscriptResource.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such assignment of yours, or no manuscript yet")
    public byte[] download(@Parameter(description = "the assignment's id") @PathParam("id") UUID id) {
        return manuscripts.forReviewer(id, Caller.of(identity).user());
    }
}
