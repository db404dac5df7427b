package cn.chuanyu.alliance.interest;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.alliance.board.BoardItemStatus;
import cn.chuanyu.alliance.broker.BrokerRoster;
import cn.chuanyu.alliance.broker.CertifiedBroker;
import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.offer.OfferStatus;
import cn.chuanyu.alliance.offer.TechnologyOffer;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Expressions of interest: expressed by researchers, companies' representatives and officers of other zones; answered
 * by the owning side (the item's zone or the offer's author, the secretariat for any); introduced through a broker
 * certified today. Each step locks the row, so two answers cannot both land. An interest is seen by its expresser, the
 * owning side and the secretariat only: others get 404, as if it did not exist.
 */
@ApplicationScoped
public class Interests {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final BrokerRoster brokers;
    private final AllianceClock clock;

    Interests(EntityManager entityManager, Outbox outbox, BrokerRoster brokers, AllianceClock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.brokers = brokers;
        this.clock = clock;
    }

    /** The listing: interests you sent, or those you received as the owning side. */
    public enum Box {
        SENT,
        RECEIVED
    }

    /** Filters of the listing; null means any. */
    public record Filter(Box box, InterestStatus status, UUID boardItemId, UUID offerId) {}

    /** Interests in one board item: all but withdrawn ones, and those accepted (introduced ones included). */
    public record Count(long expressed, long accepted) {
        public static final Count NONE = new Count(0, 0);
    }

    @Transactional
    public Interest express(InterestRequests.Express request, Interest.Expresser expresser) {
        if ((request.boardItemId() == null) == (request.offerId() == null)) {
            throw new ProblemException(Status.BAD_REQUEST, "one-target", "interest-one-target");
        }
        Interest interest = Interest.express(request, expresser, clock.now());
        String title = request.boardItemId() != null
                ? aimAtBoardItem(interest, request.boardItemId(), expresser)
                : aimAtOffer(interest, request.offerId(), expresser);
        if (Interest.count(
                        "expressedBy = ?1 and (boardItemId = ?2 or offerId = ?3) and status in ?4",
                        expresser.user(),
                        request.boardItemId(),
                        request.offerId(),
                        List.of(InterestStatus.PENDING, InterestStatus.ACCEPTED, InterestStatus.INTRODUCED))
                > 0) {
            throw alreadyExpressed(interest);
        }
        try {
            interest.persistAndFlush();
        } catch (ConstraintViolationException sentTwiceAtOnce) {
            // the same person sent twice at once: the partial unique index let one through
            throw alreadyExpressed(interest);
        }
        outbox.publish(InterestEvents.expressed(interest, title));
        return interest;
    }

    @Transactional
    public Interest accept(UUID id, InterestRequests.Accept request, Caller caller) {
        Interest interest = lockedForOwner(id, caller, request.version());
        interest.accept(caller.user(), clock.now(), request.note());
        outbox.publish(InterestEvents.answered(interest, title(interest)));
        return interest;
    }

    @Transactional
    public Interest decline(UUID id, InterestRequests.Decline request, Caller caller) {
        Interest interest = lockedForOwner(id, caller, request.version());
        interest.decline(caller.user(), clock.now(), request.reason(), request.note());
        outbox.publish(InterestEvents.answered(interest, title(interest)));
        return interest;
    }

    @Transactional
    public Interest introduce(UUID id, InterestRequests.Introduce request, Caller caller) {
        Interest interest = lockedForOwner(id, caller, request.version());
        CertifiedBroker broker =
                brokers.requireCertified(request.brokerCertificateNumber().strip(), clock.today());
        interest.introduce(broker, caller.user(), clock.now(), request.note());
        outbox.publish(InterestEvents.introduced(interest, title(interest)));
        return interest;
    }

    @Transactional
    public Interest withdraw(UUID id, InterestRequests.Withdraw request, Caller caller) {
        Interest interest = locked(id, caller);
        if (!interest.expressedBy.equals(caller.user())) {
            throw ProblemException.forbidden("interest-not-expresser", id);
        }
        rejectStale(interest, request.version());
        interest.withdraw(clock.now());
        outbox.publish(InterestEvents.withdrawn(interest, title(interest)));
        return interest;
    }

    public Interest get(UUID id, Caller caller) {
        Interest interest = Interest.findById(id);
        if (interest == null || !visibleTo(interest, caller)) {
            throw ProblemException.notFound("interest", id);
        }
        return interest;
    }

    /** Newest first. The owning side's box: the secretariat's is every interest, an officer's their zone's. */
    public PageOf<Interest> list(Filter filter, Caller caller, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.box() == Box.SENT) {
            where.add("expressedBy = :user");
            params.put("user", caller.user());
        } else if (!caller.secretariat()) {
            where.add(caller.zone() != null ? "ownerZone = :zone" : "ownerUser = :user");
            params.put(caller.zone() != null ? "zone" : "user", caller.zone() != null ? caller.zone() : caller.user());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.boardItemId() != null) {
            where.add("boardItemId = :item");
            params.put("item", filter.boardItemId());
        }
        if (filter.offerId() != null) {
            where.add("offerId = :offer");
            params.put("offer", filter.offerId());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by expressedAt desc, id";
        PanacheQuery<Interest> found = Interest.find(query, params);
        found.page(page, size);
        return new PageOf<>(found.list(), page, size, found.count());
    }

    /** The interests in these board items, counted; items without any are absent. */
    public Map<UUID, Count> countsFor(Collection<UUID> boardItemIds) {
        Map<UUID, Count> counts = new HashMap<>();
        if (boardItemIds.isEmpty()) {
            return counts;
        }
        var rows = entityManager
                .createQuery("""
                        select i.boardItemId, count(i),
                               sum(case when i.status in (:accepted) then 1 else 0 end)
                        from Interest i where i.boardItemId in (:items) and i.status <> :withdrawn
                        group by i.boardItemId""", Object[].class)
                .setParameter("accepted", List.of(InterestStatus.ACCEPTED, InterestStatus.INTRODUCED))
                .setParameter("items", boardItemIds)
                .setParameter("withdrawn", InterestStatus.WITHDRAWN)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], new Count(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return counts;
    }

    private String aimAtBoardItem(Interest interest, UUID itemId, Interest.Expresser expresser) {
        BoardItem item = BoardItem.findById(itemId);
        if (item == null || item.status == BoardItemStatus.DRAFT || item.status == BoardItemStatus.SUBMITTED) {
            throw ProblemException.notFound("board-item", itemId);
        }
        if (expresser.zone() != null && expresser.zone().equals(item.zoneCode)) {
            throw new ProblemException(Status.BAD_REQUEST, "same-zone", "interest-own-zone", item.zoneCode);
        }
        BoardItemStatus status = item.statusOn(clock.today());
        if (status != BoardItemStatus.PUBLISHED) {
            throw new ProblemException(Status.CONFLICT, "target-not-open", "interest-item-not-open", itemId, status);
        }
        interest.boardItemId = item.id;
        interest.ownerZone = item.zoneCode;
        return item.title;
    }

    private static String aimAtOffer(Interest interest, UUID offerId, Interest.Expresser expresser) {
        TechnologyOffer offer = TechnologyOffer.findById(offerId);
        if (offer == null) {
            throw ProblemException.notFound("offer", offerId);
        }
        if (offer.offeredBy.equals(expresser.user())) {
            throw new ProblemException(Status.BAD_REQUEST, "own-offer", "interest-own-offer", offerId);
        }
        if (offer.status != OfferStatus.ACTIVE) {
            throw new ProblemException(
                    Status.CONFLICT, "target-not-open", "interest-offer-not-open", offerId, offer.status);
        }
        interest.offerId = offer.id;
        interest.ownerUser = offer.offeredBy;
        return offer.title;
    }

    private Interest lockedForOwner(UUID id, Caller caller, Long version) {
        Interest interest = locked(id, caller);
        if (interest.ownerZone != null) {
            caller.requireActsFor(interest.ownerZone);
        } else if (!caller.secretariat() && !interest.ownerUser.equals(caller.user())) {
            throw ProblemException.forbidden("interest-not-offer-author", interest.offerId);
        }
        rejectStale(interest, version);
        return interest;
    }

    private static Interest locked(UUID id, Caller caller) {
        Interest interest = Interest.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (interest == null || !visibleTo(interest, caller)) {
            throw ProblemException.notFound("interest", id);
        }
        return interest;
    }

    private static boolean visibleTo(Interest interest, Caller caller) {
        return caller.secretariat()
                || interest.expressedBy.equals(caller.user())
                || (interest.ownerZone != null
                        ? interest.ownerZone.equals(caller.zone())
                        : interest.ownerUser.equals(caller.user()));
    }

    private static void rejectStale(Interest interest, Long version) {
        if (version != null && version != interest.version) {
            throw ProblemException.staleVersion("interest", interest.id, interest.version, version);
        }
    }

    private static ProblemException alreadyExpressed(Interest interest) {
        return new ProblemException(
                Status.CONFLICT,
                "interest-exists",
                "interest-exists",
                interest.boardItemId != null ? interest.boardItemId : interest.offerId);
    }

    /** The target's title, for the events: the item or offer exists (foreign keys), whatever its status now. */
    private static String title(Interest interest) {
        return interest.boardItemId != null
                ? BoardItem.<BoardItem>findById(interest.boardItemId).title
                : TechnologyOffer.<TechnologyOffer>findById(interest.offerId).title;
    }
}
