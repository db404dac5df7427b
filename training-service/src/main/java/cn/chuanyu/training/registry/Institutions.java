package cn.chuanyu.training.registry;

import cn.chuanyu.training.kernel.TrainingClock;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
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

    @Schema(example = """
            {"name": "重庆技术评估与转移服务中心", "level": "MUNICIPAL", "region": "CHONGQING", \
            "recognisedIn": 2018,
             "description": "技术评估、技术合同登记与技术转移服务"}""")
    public record InstitutionRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull InstitutionLevel level,
            @NotNull Region region,
            @Min(1980) @Max(2100) Integer recognisedIn,
            @Size(max = 2000) String description) {}

    @Schema(example = """
            {"region": "CHONGQING", "level": "NATIONAL", "asOfYear": 2020, "count": 8, \
            "source": "重庆日报 2020-12-11"}""")
    public record CountRequest(
            @NotNull Region region,
            @NotNull InstitutionLevel level,
            @NotNull @Min(1980) @Max(2100) Integer asOfYear,
            @NotNull @Min(0) @Max(100000) Integer count,
            @Size(max = 300) String source) {}

    /** A reported count of institutions of a level in a region, as of a year. */
    public record ReportedCount(Region region, InstitutionLevel level, int asOfYear, int count, String source) {}

    @Transactional
    public DemonstrationInstitution register(InstitutionRequest request, String admin) {
        var institution = DemonstrationInstitution.register(request, admin, clock.now());
        if (DemonstrationInstitution.count("name = ?1 and level = ?2", institution.name, institution.level) > 0) {
            throw ProblemException.untranslated(
                    Status.CONFLICT,
                    "already-registered",
                    "Already registered",
                    institution.name + " is registered as a " + institution.level + " demonstration institution");
        }
        institution.persist();
        return institution;
    }

    public DemonstrationInstitution get(UUID id) {
        DemonstrationInstitution institution = DemonstrationInstitution.findById(id);
        if (institution == null) {
            throw ProblemException.notFound("Demonstration institution", id);
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

    /** Reported counts, latest year first; {@code region} may be null. */
    public List<ReportedCount> counts(Region region) {
        List<?> rows = entityManager
                .createNativeQuery("""
                select region, level, as_of_year, count, source from demonstration_institution_count
                where cast(?1 as varchar) is null or region = ?1 order by region, as_of_year desc, level""")
                .setParameter(1, region == null ? null : region.name())
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new ReportedCount(
                        Region.valueOf((String) r[0]),
                        InstitutionLevel.valueOf((String) r[1]),
                        ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue(),
                        (String) r[4]))
                .toList();
    }
}
