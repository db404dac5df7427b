package cn.chuanyu.alliance.matching;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItemStatus;
import cn.chuanyu.alliance.offer.OfferStatus;
import cn.chuanyu.alliance.offer.TechnologyOffer;
import cn.chuanyu.web.problem.Problem;
import cn.chuanyu.web.problem.ProblemException;

/** Suggests open demands for a technology offer, and offers for a demand, best first. */
@Path("/api/alliance/matches")
@Tag(name = "Matching", description = "供需对接: demands for an offer, offers for a demand")
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
@PermitAll
@ApplicationScoped
public class Matching {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @GET
    @Path("/offers/{offerId}/demands")
    @Operation(operationId = "matchDemandsForOffer", summary = "Open demands that fit a technology offer, best first")
    public List<Match> demandsFor(@PathParam("offerId") UUID offerId,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        TechnologyOffer offer = TechnologyOffer.findById(offerId);
        if (offer == null || offer.status != OfferStatus.ACTIVE) {
            throw ProblemException.notFound("Active technology offer", offerId);
        }
        Match.Side side = side(offer);
        return BoardItem.<BoardItem>list("status = ?1 and kind = ?2 and validUntil >= ?3", BoardItemStatus.PUBLISHED,
                BoardItemKind.DEMAND, LocalDate.now(CHINA)).stream()
                .map(d -> Match.of(d.id, d.title, d.zoneCode, side, side(d)))
                .filter(m -> m.score() > 0).sorted(Comparator.comparingInt(Match::score).reversed()).limit(limit).toList();
    }

    @GET
    @Path("/demands/{itemId}/offers")
    @Operation(operationId = "matchOffersForDemand", summary = "Technology offers that fit a published demand, best first")
    public List<Match> offersFor(@PathParam("itemId") UUID itemId,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        BoardItem demand = BoardItem.findById(itemId);
        if (demand == null || demand.status != BoardItemStatus.PUBLISHED || demand.kind != BoardItemKind.DEMAND) {
            throw ProblemException.notFound("Published demand", itemId);
        }
        Match.Side side = side(demand);
        return TechnologyOffer.<TechnologyOffer>list("status", OfferStatus.ACTIVE).stream()
                .map(o -> Match.of(o.id, o.title, o.institution, side, side(o)))
                .filter(m -> m.score() > 0).sorted(Comparator.comparingInt(Match::score).reversed()).limit(limit).toList();
    }

    private static Match.Side side(TechnologyOffer offer) {
        return new Match.Side(offer.keywords, offer.disciplines, offer.title + " " + offer.summary);
    }

    private static Match.Side side(BoardItem item) {
        return new Match.Side(item.keywords, item.industries, item.title + " " + item.description);
    }
}
