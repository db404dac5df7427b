package cn.chuanyu.training.enrolment;

import cn.chuanyu.web.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A programme's places, as a sub-resource of the programme (it is counted from the enrolments). */
@Path("/api/training/programmes/{programmeId}/places")
@Tag(name = "Enrolments")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class PlacesResource {

    private final Enrolments enrolments;

    PlacesResource(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "getPlaces",
            summary = "A programme's places: capacity, taken, free and waited for",
            description = "Public.")
    @APIResponse(responseCode = "200", description = "The programme's places now")
    @APIResponse(responseCode = "404", description = "No such programme")
    public Enrolments.Places places(
            @Parameter(description = "the programme") @PathParam("programmeId") UUID programmeId) {
        return enrolments.places(programmeId);
    }
}
