package cn.chuanyu.alliance.offer;

import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/alliance/offers")
@Tag(
        name = "Technology offers",
        description = "Offers from other contexts, e.g. researchers' collaboration intents (橄榄枝)")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@PermitAll
public class TechnologyOfferResource {

    private final TechnologyOffers offers;

    TechnologyOfferResource(TechnologyOffers offers) {
        this.offers = offers;
    }

    /** An offer as the board shows it; {@code sourceLink} is the gateway path of its origin. */
    @Schema(description = "A technology offer on the board, published by another context")
    public record OfferView(
            @Schema(description = "the offer's id on the board (what matching and project collection name)")
            UUID id,

            @Schema(description = "what it comes from: conference-intent (a researcher's collaboration intent, 橄榄枝)")
            String sourceType,

            @Schema(description = "the id of its source, e.g. the intent's id for conference-intent")
            String sourceId,

            @Schema(description = "the gateway path of its source, e.g. /api/conference/intents/{intentId}")
            String sourceLink,

            @Schema(description = "the source's kind of intent, e.g. OFFER")
            String kind,

            @Schema(description = "title") String title,
            @Schema(description = "summary; may span lines") String summary,
            @Schema(description = "disciplines, e.g. 化学") List<String> disciplines,

            @Schema(description = "keywords; empty when none")
            List<String> keywords,

            @Schema(description = "kinds of partner sought; empty when any")
            List<String> partnerTypesSought,

            @Schema(description = "regions sought; empty when any")
            List<String> regionsSought,

            @Schema(description = "who published it at the source (user name)")
            String offeredBy,

            @Schema(description = "the publisher's institution; null when not given", nullable = true)
            String institution,

            @Schema(description = "when it was published at the source")
            Instant publishedAt) {
        static OfferView of(TechnologyOffer o) {
            return new OfferView(
                    o.id,
                    o.sourceType,
                    o.sourceId,
                    o.sourceLink,
                    o.kind,
                    o.title,
                    o.summary,
                    o.disciplines,
                    o.keywords,
                    o.partnerTypesSought,
                    o.regionsSought,
                    o.offeredBy,
                    o.institution,
                    o.publishedAt);
        }
    }

    @GET
    @Operation(
            operationId = "listOffers",
            summary = "List active technology offers, newest first",
            description = "An intent published in the conference context appears here once consumed; withdrawn, "
                    + "it leaves the list.")
    public PageOf<OfferView> list(
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "items per page, 1 to 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return offers.active(page, size).map(OfferView::of);
    }
}
