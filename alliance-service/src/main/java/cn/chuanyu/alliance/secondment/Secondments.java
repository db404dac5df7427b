package cn.chuanyu.alliance.secondment;

import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.zone.Zone;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Secondments between zones: the home zone proposes and may cancel, the host zone accepts or declines; the secretariat
 * may act for either. Each decision locks the row, so two cannot both land. A proposal and an answer are published
 * (internal topic: they name the person) for the other zone's officers.
 */
@ApplicationScoped
public class Secondments {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final AllianceClock clock;

    Secondments(EntityManager entityManager, Outbox outbox, AllianceClock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Filters of the officers' listing; null means any. {@code zone} matches home or host. */
    public record Filter(String zone, SecondmentStatus status, Integer year, Boolean active) {}

    @Transactional
    public Secondment propose(SecondmentRequest request, Caller caller) {
        Zone.require(request.homeZone());
        Zone.require(request.hostZone());
        caller.requireActsFor(request.homeZone());
        Secondment secondment = Secondment.propose(request, caller.user(), now());
        secondment.persist();
        outbox.publish(SecondmentEvents.proposed(secondment));
        return secondment;
    }

    @Transactional
    public Secondment accept(UUID id, SecondmentDecision decision, Caller caller) {
        Secondment s = locked(id);
        caller.requireActsFor(s.hostZone);
        rejectStaleVersion(s, decision);
        s.accept(caller.user(), now(), note(decision));
        outbox.publish(SecondmentEvents.answered(s));
        return s;
    }

    @Transactional
    public Secondment decline(UUID id, SecondmentDecision decision, Caller caller) {
        Secondment s = locked(id);
        caller.requireActsFor(s.hostZone);
        rejectStaleVersion(s, decision);
        s.decline(caller.user(), now(), note(decision));
        outbox.publish(SecondmentEvents.answered(s));
        return s;
    }

    @Transactional
    public Secondment cancel(UUID id, SecondmentDecision decision, Caller caller) {
        Secondment s = locked(id);
        caller.requireActsFor(s.homeZone);
        rejectStaleVersion(s, decision);
        s.cancel(caller.user(), now(), today(), note(decision));
        return s;
    }

    public Secondment get(UUID id) {
        Secondment s = Secondment.findById(id);
        if (s == null) {
            throw ProblemException.notFound("secondment", id);
        }
        return s;
    }

    /** Latest first; {@code year} keeps secondments whose period overlaps that calendar year. */
    public PageOf<Secondment> list(Filter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.zone() != null) {
            where.add("(homeZone = :zone or hostZone = :zone)");
            params.put("zone", filter.zone());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.year() != null) {
            where.add("startsOn <= :yearEnd and endsOn >= :yearStart");
            params.put("yearStart", LocalDate.of(filter.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(filter.year(), 12, 31));
        }
        if (filter.active() != null) {
            String active = "(status = :accepted and startsOn <= :today and endsOn >= :today)";
            where.add(filter.active() ? active : "not " + active);
            params.put("accepted", SecondmentStatus.ACCEPTED);
            params.put("today", today());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by startsOn desc, id";
        PanacheQuery<Secondment> found = Secondment.find(query, params);
        found.page(page, size);
        return new PageOf<>(found.list(), page, size, found.count());
    }

    /** Accepted secondments per year of their first day and zone pair, counted by kind; no names leave here. */
    public List<SecondmentSummary> yearlySummary(Integer year) {
        String ofYear = year == null ? "" : "and s.startsOn >= :yearStart and s.startsOn < :nextYearStart";
        String query = """
                select extract(year from s.startsOn), s.homeZone, s.hostZone, s.kind, count(s) from Secondment s
                where s.status = :accepted %s
                group by extract(year from s.startsOn), s.homeZone, s.hostZone, s.kind""".formatted(ofYear);
        var rows = entityManager.createQuery(query, Object[].class).setParameter("accepted", SecondmentStatus.ACCEPTED);
        if (year != null) {
            rows.setParameter("yearStart", LocalDate.of(year, 1, 1))
                    .setParameter("nextYearStart", LocalDate.of(year + 1, 1, 1));
        }
        record Pair(int year, String home, String host) {}
        Map<Pair, long[]> counts = new LinkedHashMap<>();
        for (Object[] row : rows.getResultList()) {
            long[] byKind = counts.computeIfAbsent(
                    new Pair(((Number) row[0]).intValue(), (String) row[1], (String) row[2]), p -> new long[2]);
            byKind[((SecondmentKind) row[3]).ordinal()] += ((Number) row[4]).longValue();
        }
        Map<String, String> names = Zone.<Zone>listAll().stream().collect(Collectors.toMap(z -> z.code, z -> z.name));
        return counts.entrySet().stream()
                .map(e -> new SecondmentSummary(
                        e.getKey().year(),
                        e.getKey().home(),
                        names.get(e.getKey().home()),
                        e.getKey().host(),
                        names.get(e.getKey().host()),
                        e.getValue()[SecondmentKind.CADRE.ordinal()],
                        e.getValue()[SecondmentKind.TECHNICAL.ordinal()],
                        e.getValue()[0] + e.getValue()[1]))
                .sorted(Comparator.comparingInt(SecondmentSummary::year)
                        .reversed()
                        .thenComparing(SecondmentSummary::homeZone)
                        .thenComparing(SecondmentSummary::hostZone))
                .toList();
    }

    public LocalDate today() {
        return clock.today();
    }

    private static Secondment locked(UUID id) {
        Secondment s = Secondment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw ProblemException.notFound("secondment", id);
        }
        return s;
    }

    /** A decision may carry the version read (it need not): if it does, it must still be the current one. */
    private static void rejectStaleVersion(Secondment s, SecondmentDecision decision) {
        if (decision != null && decision.version() != null && decision.version() != s.version) {
            throw ProblemException.staleVersion("secondment", s.id, s.version, decision.version());
        }
    }

    private static String note(SecondmentDecision decision) {
        return decision == null ? null : decision.note();
    }

    private Instant now() {
        return clock.now();
    }
}
