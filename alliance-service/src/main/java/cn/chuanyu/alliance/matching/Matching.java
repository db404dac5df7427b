package cn.chuanyu.alliance.matching;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItemStatus;
import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.offer.OfferStatus;
import cn.chuanyu.alliance.offer.TechnologyOffer;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Suggests open demands for a technology offer, and offers for a demand, best first. Scored in the database, so a board
 * of 100,000 items is never loaded: candidates are the most recent few hundred sharing a keyword and those sharing a
 * category (GIN indexes on the arrays), which bounds the work however broad a category is; each shared keyword counts
 * 2, each shared category 1, and each keyword of one side found in the other's text 1.
 */
@ApplicationScoped
public class Matching {

    /** Candidates of one side, as (id, title, where, keywords, categories, text, published_at). */
    private static final int CANDIDATES = 300;

    private static final String OPEN_DEMANDS = """
            select id, title, zone_code as place, keywords, industries as categories,
                title || ' ' || description as text, published_at
            from board_item where status = 'PUBLISHED' and kind = 'DEMAND' and valid_until >= :today""";
    private static final String ACTIVE_OFFERS = """
            select id, title, institution as place, keywords, disciplines as categories,
                title || ' ' || summary as text, published_at
            from technology_offer where status = 'ACTIVE'""";
    private static final String SCORED = """
            with candidate as (
                (%1$s and keywords && cast(:keywords as varchar[]) order by published_at desc limit :candidates)
                union
                (%1$s and %2$s && cast(:categories as varchar[]) order by published_at desc limit :candidates)),
            shared as (
                select c.*,
                    array(select k from unnest(cast(:keywords as varchar[])) with ordinality s(k, n)
                        where k = any(c.keywords) order by n) as shared_keywords,
                    array(select k from unnest(cast(:categories as varchar[])) with ordinality s(k, n)
                        where k = any(c.categories) order by n) as shared_categories,
                    (select count(*) from unnest(cast(:keywords as varchar[])) k
                        where not k = any(c.keywords) and strpos(c.text, k) > 0)
                    + (select count(*) from unnest(c.keywords) k
                        where not k = any(cast(:keywords as varchar[])) and strpos(:text, k) > 0) as text_hits
                from candidate c)
            select id, title, place,
                2 * cardinality(shared_keywords) + cardinality(shared_categories) + text_hits as score,
                shared_keywords, shared_categories
            from shared order by score desc, published_at desc, id limit :limit""";

    private final EntityManager entityManager;
    private final AllianceClock clock;

    Matching(EntityManager entityManager, AllianceClock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Open demands that fit an active offer, best first. */
    public List<Match> demandsFor(UUID offerId, int limit) {
        TechnologyOffer offer = TechnologyOffer.findById(offerId);
        if (offer == null || offer.status != OfferStatus.ACTIVE) {
            throw ProblemException.notFound("active-offer", offerId);
        }
        return scored(
                SCORED.formatted(OPEN_DEMANDS, "industries"),
                offer.keywords,
                offer.disciplines,
                offer.title + " " + offer.summary,
                limit,
                true);
    }

    /** Active offers that fit a published demand, best first. */
    public List<Match> offersFor(UUID itemId, int limit) {
        BoardItem demand = BoardItem.findById(itemId);
        if (demand == null || demand.status != BoardItemStatus.PUBLISHED || demand.kind != BoardItemKind.DEMAND) {
            throw ProblemException.notFound("published-demand", itemId);
        }
        return scored(
                SCORED.formatted(ACTIVE_OFFERS, "disciplines"),
                demand.keywords,
                demand.industries,
                demand.title + " " + demand.description,
                limit,
                false);
    }

    private List<Match> scored(
            String sql, List<String> keywords, List<String> categories, String text, int limit, boolean demands) {
        Query query = entityManager
                .createNativeQuery(sql, Object[].class)
                .setParameter("keywords", keywords.toArray(String[]::new))
                .setParameter("categories", categories.toArray(String[]::new))
                .setParameter("text", text)
                .setParameter("limit", limit)
                .setParameter("candidates", CANDIDATES);
        if (demands) {
            query.setParameter("today", clock.today());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new Match(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        ((Number) r[3]).intValue(),
                        texts(r[4]),
                        texts(r[5])))
                .filter(m -> m.score() > 0)
                .toList();
    }

    private static List<String> texts(Object array) {
        return Arrays.stream((Object[]) array).map(String::valueOf).toList();
    }
}
