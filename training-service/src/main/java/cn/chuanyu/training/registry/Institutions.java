package cn.chuanyu.training.registry;

import cn.chuanyu.training.kernel.TrainingClock;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.json.MultiLine;
import cn.chuanyu.web.problem.ProblemException;
import cn.chuanyu.web.problem.ProblemTexts.Term;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Technology-transfer demonstration institutions: named ones, and the counts the authorities report (the source page
 * gives Chongqing's as counts only: 8 national, 22 municipal).
 */
@ApplicationScoped
public class Institutions {

    private final EntityManager entityManager;
    private final TrainingClock clock;

    Institutions(EntityManager entityManager, TrainingClock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Schema(description = "A named demonstration institution to register", example = """
            {"name": "重庆技术评估与转移服务中心", "level": "MUNICIPAL", "region": "CHONGQING", \
            "recognisedIn": 2018,
             "description": "技术评估、技术合同登记与技术转移服务"}""")
    public record InstitutionRequest(
            @Schema(description = "its name; unique per level") @NotBlank @Size(max = 200)
            String name,

            @Schema(description = "who recognised it") @NotNull
            InstitutionLevel level,

            @Schema(description = "its region") @NotNull Region region,

            @Schema(description = "the year it was recognised, 1980 to 2100; absent if not known") @Min(1980) @Max(2100)
            Integer recognisedIn,

            @Schema(description = "what it does; may span lines; blank or absent for none") @MultiLine @Size(max = 2000)
            String description) {}

    @Schema(description = "A reported count of institutions of a level, as of a year", example = """
            {"region": "CHONGQING", "level": "NATIONAL", "asOfYear": 2020, "count": 8, \
            "source": "重庆日报 2020-12-11"}""")
    public record CountRequest(
            @Schema(description = "the region counted") @NotNull
            Region region,

            @Schema(description = "the level counted") @NotNull
            InstitutionLevel level,

            @Schema(description = "the year the count is as of, 1980 to 2100") @NotNull @Min(1980) @Max(2100)
            Integer asOfYear,

            @Schema(description = "how many institutions, 0 to 100000") @NotNull @Min(0) @Max(100000)
            Integer count,

            @Schema(description = "where the count was published; blank or absent for none") @Size(max = 300)
            String source) {}

    /** A reported count of institutions of a level in a region, as of a year. */
    @Schema(description = "A reported count of demonstration institutions of a level in a region, as of a year")
    public record ReportedCount(
            @Schema(description = "the region counted") Region region,
            @Schema(description = "the level counted") InstitutionLevel level,

            @Schema(description = "the year the count is as of", example = "2020")
            int asOfYear,

            @Schema(description = "how many institutions", example = "8")
            int count,

            @Schema(
                    nullable = true,
                    description = "where it was published; null if not given",
                    example = "重庆日报 2020-12-11")
            String source) {}

    @Transactional
    public DemonstrationInstitution register(InstitutionRequest request, String admin) {
        var institution = DemonstrationInstitution.register(request, admin, clock.now());
        if (DemonstrationInstitution.count("name = ?1 and level = ?2", institution.name, institution.level) > 0) {
            throw new ProblemException(
                    Status.CONFLICT,
                    "already-registered",
                    "already-registered",
                    institution.name,
                    new Term(institution.level.name().toLowerCase(Locale.ROOT)));
        }
        institution.persist();
        return institution;
    }

    public DemonstrationInstitution get(UUID id) {
        DemonstrationInstitution institution = DemonstrationInstitution.findById(id);
        if (institution == null) {
            throw ProblemException.notFound("institution", id);
        }
        return institution;
    }

    public PageOf<DemonstrationInstitution> list(Region region, InstitutionLevel level, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (region != null) {
            where.add("region = :region");
            params.put("region", region);
        }
        if (level != null) {
            where.add("level = :level");
            params.put("level", level);
        }
        var query = DemonstrationInstitution.find(
                        (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by level, name", params)
                .page(page, size);
        return new PageOf<>(query.list(), page, size, query.count());
    }

    /** Records (or corrects) a reported count. */
    @Transactional
    public ReportedCount report(CountRequest request, String admin) {
        String source = request.source() == null || request.source().isBlank()
                ? null
                : request.source().strip();
        entityManager
                .createNativeQuery("""
                insert into demonstration_institution_count
                    (region, level, as_of_year, count, source, updated_by, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, now())
                on conflict (region, level, as_of_year) do update
                set count = excluded.count, source = excluded.source, updated_by = excluded.updated_by,
                    updated_at = now()""")
                .setParameter(1, request.region().name())
                .setParameter(2, request.level().name())
                .setParameter(3, request.asOfYear())
                .setParameter(4, request.count())
                .setParameter(5, source)
                .setParameter(6, admin)
                .executeUpdate();
        return new ReportedCount(request.region(), request.level(), request.asOfYear(), request.count(), source);
    }

    /** Reported counts by region, latest year first, page by page; {@code region} may be null. */
    public PageOf<ReportedCount> counts(Region region, int page, int size) {
        String regionName = region == null ? null : region.name();
        long total = ((Number) entityManager
                        .createNativeQuery("""
                select count(*) from demonstration_institution_count
                where cast(?1 as varchar) is null or region = ?1""")
                        .setParameter(1, regionName)
                        .getSingleResult())
                .longValue();
        List<?> rows = entityManager
                .createNativeQuery("""
                select region, level, as_of_year, count, source from demonstration_institution_count
                where cast(?1 as varchar) is null or region = ?1 order by region, as_of_year desc, level""")
                .setParameter(1, regionName)
                .setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) page * size))
                .setMaxResults(size)
                .getResultList();
        return new PageOf<>(
                rows.stream()
                        .map(r -> (Object[]) r)
                        .map(r -> new ReportedCount(
                                Region.valueOf((String) r[0]),
                                InstitutionLevel.valueOf((String) r[1]),
                                ((Number) r[2]).intValue(),
                                ((Number) r[3]).intValue(),
                                (String) r[4]))
                        .toList(),
                page,
                size,
                total);
    }
}
