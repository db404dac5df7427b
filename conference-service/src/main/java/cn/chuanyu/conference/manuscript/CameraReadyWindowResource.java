package cn.chuanyu.conference.manuscript;

import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/conference/conferences/{conferenceId}/camera-ready-window")
@Tag(name = "Paper")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
public class CameraReadyWindowResource {

    private final CameraReadies cameraReadies;
    private final SecurityIdentity identity;

    CameraReadyWindowResource(CameraReadies cameraReadies, SecurityIdentity identity) {
        this.cameraReadies = cameraReadies;
        this.identity = identity;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ORGANISER)
    @Operation(
            operationId = "setCameraReadyWindow",
            summary = "Open or move a conference's camera-ready window (organisers)",
            description =
                    "China's dates (Asia/Shanghai), both inclusive; replaces an earlier window. 400 invalid-dates "
                            + "if it closes before it opens.")
    @APIResponse(responseCode = "200", description = "The window as set")
    @APIResponse(responseCode = "404", description = "No such conference")
    public CameraReadyWindowView set(
            @Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId,
            @Valid @NotNull CameraReadyWindowRequest request) {
        return cameraReadies.setWindow(
                conferenceId, request, Caller.of(identity).user());
    }

    @GET
    @RolesAllowed({Caller.ORGANISER, Caller.RESEARCHER})
    @Operation(operationId = "getCameraReadyWindow", summary = "A conference's camera-ready window")
    @APIResponse(responseCode = "200", description = "The window")
    @APIResponse(responseCode = "404", description = "No such conference, or no window set")
    public CameraReadyWindowView get(
            @Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId) {
        return cameraReadies.window(conferenceId);
    }
}
