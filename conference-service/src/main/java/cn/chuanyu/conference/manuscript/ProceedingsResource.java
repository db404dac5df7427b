package cn.chuanyu.conference.manuscript;

import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/conference/exports/conferences/{conferenceId}/proceedings")
@Tag(name = "Exports")
@Produces({ProceedingsResource.ZIP, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
public class ProceedingsResource {

    static final String ZIP = "application/zip";

    private final Proceedings proceedings;

    ProceedingsResource(Proceedings proceedings) {
        this.proceedings = proceedings;
    }

    @GET
    @RolesAllowed(Caller.ORGANISER)
    @Operation(
            operationId = "exportProceedings",
            summary = "The conference's proceedings (论文集) as a ZIP (organisers)",
            description = "The latest camera-ready PDF of every accepted paper that has one (pdf/001-<paper id>.pdf, "
                    + "in order of submission) with their metadata as proceedings.csv (UTF-8 with BOM), "
                    + "proceedings.json and proceedings.bib (BibTeX @inproceedings).")
    @APIResponse(
            responseCode = "200",
            description = "The ZIP (Content-Disposition names it)",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such conference")
    public Response proceedings(
            @Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId) {
        return Response.ok(proceedings.zip(conferenceId), ZIP)
                .header("Content-Disposition", "attachment; filename=\"proceedings-" + conferenceId + ".zip\"")
                .build();
    }
}
