package cn.chuanyu.conference.manuscript;

import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
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

@Path("/api/conference/papers/{paperId}/camera-ready")
@Tag(name = "Paper")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
public class CameraReadyResource {

    private final CameraReadies cameraReadies;
    private final SecurityIdentity identity;

    CameraReadyResource(CameraReadies cameraReadies, SecurityIdentity identity) {
        this.cameraReadies = cameraReadies;
        this.identity = identity;
    }

    @POST
    @Consumes(ManuscriptResource.PDF)
    @RolesAllowed(Caller.RESEARCHER)
    @Operation(
            operationId = "uploadCameraReady",
            summary = "Upload the camera-ready PDF of your accepted paper, a new version each time",
            description =
                    "The submitter only (anyone else: 404), of an accepted paper (409 camera-ready-not-accepted), "
                            + "inside the conference's camera-ready window (409 no-camera-ready-window, "
                            + "camera-ready-window-closed). The body is the PDF itself, checked as manuscripts "
                            + "are (413 above the limit, 415 not-a-pdf); the latest version goes into the "
                            + "proceedings.")
    @RequestBody(
            required = true,
            description = "the camera-ready PDF",
            content =
                    @Content(
                            mediaType = ManuscriptResource.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponseSchema(value = ManuscriptView.class, responseCode = "201", responseDescription = "Stored")
    @APIResponse(responseCode = "404", description = "No such paper of yours")
    @APIResponse(responseCode = "409", description = "Not accepted, or the window is not open")
    @APIResponse(responseCode = "413", description = "Larger than the limit")
    @APIResponse(responseCode = "415", description = "Not a PDF")
    public Response upload(
            @Parameter(description = "the paper's id") @PathParam("paperId") UUID paperId, InputStream body) {
        CameraReady upload =
                cameraReadies.upload(paperId, body, Caller.of(identity).user());
        return Response.status(Response.Status.CREATED).entity(upload.view()).build();
    }
}
