package cn.chuanyu.alliance.recognition;

import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.zone.Zone;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
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
import org.hibernate.exception.ConstraintViolationException;

/** Title recognitions: recorded and revoked by the recognising zone's officers or the secretariat. */
@ApplicationScoped
public class TitleRecognitions {

    private final EntityManager entityManager;
    private final AllianceClock clock;

    TitleRecognitions(EntityManager entityManager, AllianceClock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Filters of the officers' listing; null means any. {@code zone} matches issuing or recognising. */
    public record Filter(String zone, RecognitionStatus status, Integer year, TitleLevel level) {}

    @Transactional
    public TitleRecognition record(TitleRecognitionRequest request, Caller caller) {
        Zone.require(request.issuingZone());
        Zone.require(request.recognisingZone());
        caller.requireActsFor(request.recognisingZone());
        TitleRecognition recognition = TitleRecognition.record(request, today(), caller.user(), now());
        if (TitleRecognition.count(
                        "recognisingZone = ?1 and referenceNumber = ?2",
                        recognition.recognisingZone,
                        recognition.referenceNumber)
                > 0) {
            throw referenceTaken(recognition, "reference-number-taken");
        }
        try {
            recognition.persistAndFlush();
        } catch (ConstraintViolationException concurrentSameReference) {
            // Two officers recorded the same reference at once: the unique constraint let one through.
            throw referenceTaken(recognition, "reference-number-taken-concurrently");
        }
        return recognition;
    }

    @Transactional
    public TitleRecognition revoke(UUID id, RevocationRequest request, Caller caller) {
        TitleRecognition recognition = TitleRecognition.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (recognition == null) {
            throw ProblemException.notFound("title-recognition", id);
        }
        caller.requireActsFor(recognition.recognisingZone);
        if (request.version() != null && request.version() != recognition.version) {
            throw ProblemException.staleVersion("title-recognition", id, recognition.version, request.version());
        }
        recognition.revoke(request.reason(), caller.user(), now());
        return recognition;
    }

    public TitleRecognition get(UUID id) {
        TitleRecognition recognition = TitleRecognition.findById(id);
        if (recognition == null) {
            throw ProblemException.notFound("title-recognition", id);
        }
        return recognition;
    }

    /** Latest recognition first; {@code year} is the year of recognition. */
    public PageOf<TitleRecognition> list(Filter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.zone() != null) {
            where.add("(issuingZone = :zone or recognisingZone = :zone)");
            params.put("zone", filter.zone());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.year() != null) {
            where.add("recognisedOn >= :yearStart and recognisedOn < :nextYearStart");
            params.put("yearStart", LocalDate.of(filter.year(), 1, 1));
            params.put("nextYearStart", LocalDate.of(filter.year() + 1, 1, 1));
        }
        if (filter.level() != null) {
            where.add("level = :level");
            params.put("level", filter.level());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by recognisedOn desc, id";
        PanacheQuery<TitleRecognition> found = TitleRecognition.find(query, params);
        found.page(page, size);
        return new PageOf<>(found.list(), page, size, found.count());
    }

    /** Recognitions per year of recognition and zone pair, in force and revoked; no names leave here. */
    public List<RecognitionSummary> yearlySummary(Integer year) {
        String query = """
                select extract(year from r.recognisedOn), r.issuingZone, r.recognisingZone, r.status, count(r)
                from TitleRecognition r %s
                group by extract(year from r.recognisedOn), r.issuingZone, r.recognisingZone, r.status""".formatted(
                        year == null ? "" : "where r.recognisedOn >= :yearStart and r.recognisedOn < :nextYearStart");
        var rows = entityManager.createQuery(query, Object[].class);
        if (year != null) {
            rows.setParameter("yearStart", LocalDate.of(year, 1, 1))
                    .setParameter("nextYearStart", LocalDate.of(year + 1, 1, 1));
        }
        record Pair(int year, String issuing, String recognising) {}
        Map<Pair, long[]> counts = new LinkedHashMap<>();
        for (Object[] row : rows.getResultList()) {
            long[] byStatus = counts.computeIfAbsent(
                    new Pair(((Number) row[0]).intValue(), (String) row[1], (String) row[2]), p -> new long[2]);
            byStatus[((RecognitionStatus) row[3]).ordinal()] += ((Number) row[4]).longValue();
        }
        Map<String, String> names = Zone.<Zone>listAll().stream().collect(Collectors.toMap(z -> z.code, z -> z.name));
        return counts.entrySet().stream()
                .map(e -> new RecognitionSummary(
                        e.getKey().year(),
                        e.getKey().issuing(),
                        names.get(e.getKey().issuing()),
                        e.getKey().recognising(),
                        names.get(e.getKey().recognising()),
                        e.getValue()[RecognitionStatus.RECOGNISED.ordinal()],
                        e.getValue()[RecognitionStatus.REVOKED.ordinal()]))
                .sorted(Comparator.comparingInt(RecognitionSummary::year)
                        .reversed()
                        .thenComparing(RecognitionSummary::issuingZone)
                        .thenComparing(RecognitionSummary::recognisingZone))
                .toList();
    }

    private LocalDate today() {
        return clock.today();
    }

    private static ProblemException referenceTaken(TitleRecognition recognition, String detailKey) {
        return new ProblemException(
                Status.CONFLICT,
                "reference-number-taken",
                detailKey,
                recognition.recognisingZone,
                recognition.referenceNumber);
    }

    private Instant now() {
        return clock.now();
    }
}
