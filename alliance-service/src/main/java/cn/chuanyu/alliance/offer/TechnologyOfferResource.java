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
    public record OfferView(
            UUID id,
            String sourceType,
            String sourceLink,
            String kind,
            String title,
            String summary,
            List<String> disciplines,
            List<String> keywords,
            List<String> partnerTypesSought,
            List<String> regionsSought,
            String offeredBy,
            String institution,
            Instant publishedAt) {
        static OfferView of(TechnologyOffer o) {
            return new OfferView(
                    o.id,
                    o.sourceType,
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
    @Operation(operationId = "listOffers", summary = "List active technology offers, newest first")
    public PageOf<OfferView> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return offers.active(page, size).map(OfferView::of);
    }
}
