package cn.chuanyu.conference.manuscript;

import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/conference/papers/{id}/manuscripts")
@Tag(name = "Paper")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
public class ManuscriptResource {

    static final String PDF = "application/pdf";

    private final Manuscripts manuscripts;
    private final SecurityIdentity identity;

    ManuscriptResource(Manuscripts manuscripts, SecurityIdentity identity) {
        this.manuscripts = manuscripts;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Caller.ORGANISER, Caller.RESEARCHER})
    @Operation(
            operationId = "listManuscripts",
            summary = "The versions of a paper's manuscript, latest first",
            description = "For its submitter and the organisers; to anyone else the paper does not exist (404).")
    @APIResponse(responseCode = "200", description = "The versions; empty before the first upload")
    @APIResponse(responseCode = "404", description = "No such paper of yours")
    public List<ManuscriptView> versions(@Parameter(description = "the paper's id") @PathParam("id") UUID id) {
        return manuscripts.versions(id, Caller.of(identity)).stream()
                .map(Manuscript::view)
                .toList();
    }

    @POST
    @Consumes(PDF)
    @RolesAllowed(Caller.RESEARCHER)
    @Operation(
            operationId = "uploadManuscript",
            summary = "Upload the paper's manuscript (PDF), a new version each time",
            description = "The submitter only (403), until review starts (409 paper-locked). The body is the PDF "
                    + "itself (application/pdf, streamed; at most 20 MiB by default, 413 payload-too-large above). "
                    + "Checked as a PDF by its magic bytes and by parsing it (415 not-a-pdf otherwise); its SHA-256 "
                    + "and page count are recorded. Earlier versions are kept.")
    @RequestBody(
            required = true,
            description = "the manuscript, a PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponseSchema(value = ManuscriptView.class, responseCode = "201", responseDescription = "Stored")
    @APIResponse(responseCode = "404", description = "No such paper")
    @APIResponse(responseCode = "409", description = "Review has started: the manuscript can no longer change")
    @APIResponse(responseCode = "413", description = "Larger than the limit")
    @APIResponse(responseCode = "415", description = "Not a PDF")
    public Response upload(@Parameter(description = "the paper's id") @PathParam("id") UUID id, InputStream body) {
        Manuscript manuscript = manuscripts.upload(id, body, Caller.of(identity).user());
        return Response.created(URI.create("/api/conference/papers/" + id + "/manuscripts/" + manuscript.version))
                .entity(manuscript.view())
                .build();
    }
}
