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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    @Operation(
            operationId = "matchDemandsForOffer",
            summary = "Open demands that fit a technology offer, best first",
            description = "At most 'limit' suggestions (a top list, not paged): published demands still valid today "
                    + "(Asia/Shanghai) with a score of at least 1. 404 when the offer is not active.")
    public List<Match> demandsFor(
            @Parameter(description = "the technology offer's id") @PathParam("offerId") UUID offerId,
            @Parameter(description = "how many suggestions at most, 1 to 50")
                    @QueryParam("limit")
                    @DefaultValue("10")
                    @Min(1)
                    @Max(50)
                    int limit) {
        return matching.demandsFor(offerId, limit);
    }

    @GET
    @Path("/demands/{itemId}/offers")
    @Operation(
            operationId = "matchOffersForDemand",
            summary = "Technology offers that fit a published demand, best first",
            description = "At most 'limit' suggestions (a top list, not paged): active offers with a score of at "
                    + "least 1. 404 when the item is not a published demand.")
    public List<Match> offersFor(
            @Parameter(description = "the demand's board item id") @PathParam("itemId") UUID itemId,
            @Parameter(description = "how many suggestions at most, 1 to 50")
                    @QueryParam("limit")
                    @DefaultValue("10")
                    @Min(1)
                    @Max(50)
                    int limit) {
        return matching.offersFor(itemId, limit);
    }
}
