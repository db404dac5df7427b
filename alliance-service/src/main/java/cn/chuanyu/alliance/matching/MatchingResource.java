package cn.chuanyu.alliance.matching;

import cn.chuanyu.web.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/alliance/matches")
@Tag(name = "Matching", description = "供需对接: demands for an offer, offers for a demand")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@PermitAll
public class MatchingResource {

    private final Matching matching;

    MatchingResource(Matching matching) {
        this.matching = matching;
    }

    @GET
    @Path("/offers/{offerId}/demands")
    @Operation(operationId = "matchDemandsForOffer", summary = "Open demands that fit a technology offer, best first")
    public List<Match> demandsFor(
            @PathParam("offerId") UUID offerId, @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        return matching.demandsFor(offerId, limit);
    }

    @GET
    @Path("/demands/{itemId}/offers")
    @Operation(
            operationId = "matchOffersForDemand",
            summary = "Technology offers that fit a published demand, best first")
    public List<Match> offersFor(
            @PathParam("itemId") UUID itemId, @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        return matching.offersFor(itemId, limit);
    }
}
