package cn.chuanyu.conference.society;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/** The societies registry and the annual first-class society awards. */
@ApplicationScoped
public class Societies {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final ConferenceClock clock;

    Societies(EntityManager entityManager, Outbox outbox, ConferenceClock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A society with its award, as the public list shows them. */
    public record Awarded(SocietyAward award, Society society) {}

    @Transactional
    public Society register(SocietyRequest request, String organiser) {
        var society = Society.register(request, organiser, clock.now());
        if (Society.count("name", society.name) > 0) {
            throw nameTaken("society-name-taken", society.name);
        }
        try {
            society.persistAndFlush();
        } catch (ConstraintViolationException concurrentSameName) {
            throw nameTaken("society-name-taken-concurrently", society.name);
        }
        return society;
    }

    /** At most one award per society and year: the society row is locked while checking and granting. */
    @Transactional
    public SocietyAward award(UUID societyId, AwardRequest request, String organiser) {
        Society society = Society.findById(societyId, LockModeType.PESSIMISTIC_WRITE);
        if (society == null) {
            throw ProblemException.notFound("society", societyId);
        }
        if (SocietyAward.count("societyId = ?1 and year = ?2", societyId, request.year()) > 0) {
            throw new ProblemException(
                    Status.CONFLICT,
                    "society-already-awarded",
                    "society-already-awarded",
                    society.name,
                    request.year());
        }
        var award = SocietyAward.grant(society, request, organiser, clock.now());
        award.persist();
        outbox.publish(SocietyEvents.awarded(award, society));
        return award;
    }

    public Society get(UUID id) {
        Society society = Society.findById(id);
        if (society == null) {
            throw ProblemException.notFound("society", id);
        }
        return society;
    }

    public PageOf<Society> list(Region region, int page, int size) {
        var query = region == null
                ? Society.<Society>find("order by name")
                : Society.<Society>find("region = ?1 order by name", region);
        query.page(page, size);
        return new PageOf<>(query.list(), page, size, query.count());
    }

    /** The awards of a year (or all years), with their societies, newest year first, page by page. */
    public PageOf<Awarded> awards(Integer year, int page, int size) {
        List<Awarded> items = entityManager
                .createQuery("""
                        select a, s from SocietyAward a, Society s
                        where s.id = a.societyId and (:year is null or a.year = :year)
                        order by a.year desc, s.name, a.id""", Object[].class)
                .setParameter("year", year)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultStream()
                .map(row -> new Awarded((SocietyAward) row[0], (Society) row[1]))
                .toList();
        long total = year == null ? SocietyAward.count() : SocietyAward.count("year", year);
        return new PageOf<>(items, page, size, total);
    }

    private static ProblemException nameTaken(String detailKey, String name) {
        return new ProblemException(Status.CONFLICT, "society-name-taken", detailKey, name);
    }
}
