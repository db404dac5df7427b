package cn.chuanyu.conference.statistics;

import cn.chuanyu.conference.edition.Conferences;
import cn.chuanyu.web.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The programme's figure of 川渝合作: how many papers, and what share, have authors from both Sichuan and Chongqing — per
 * conference and per institution. Computed from the papers themselves.
 */
@Path("/api/conference/statistics/cross-region/{conferenceId}")
@Tag(name = "Statistics", description = "Cross-region (Sichuan–Chongqing) co-authorship")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@PermitAll
@ApplicationScoped
public class CrossRegionStatistics {

    private final EntityManager entityManager;
    private final Conferences conferences;

    CrossRegionStatistics(EntityManager entityManager, Conferences conferences) {
        this.entityManager = entityManager;
        this.conferences = conferences;
    }

    /** Papers counted, those with authors from both regions, and that share (0 to 1; null without papers). */
    public record Share(long papers, long crossRegionPapers, Double share) {
        static Share of(Object papers, Object crossRegion) {
            long total = ((Number) papers).longValue();
            long cross = ((Number) crossRegion).longValue();
            return new Share(total, cross, total == 0 ? null : (double) cross / total);
        }
    }

    public record InstitutionShare(String institution, long papers, long crossRegionPapers, Double share) {}

    public record Report(UUID conferenceId, String conference, Share overall, List<InstitutionShare> institutions) {}

    @GET
    @Operation(
            operationId = "getCrossRegionStatistics",
            summary =
                    "Share of a conference's papers with authors from both Sichuan and Chongqing, overall and per institution")
    public Report report(@PathParam("conferenceId") UUID conferenceId) {
        String name = conferences.get(conferenceId).name;
        Object[] overall = (Object[]) entityManager
                .createNativeQuery("""
                select count(*), count(*) filter (where cross_region) from paper where conference_id = ?1""")
                .setParameter(1, conferenceId)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select a.institution, count(distinct p.id), count(distinct p.id) filter (where p.cross_region)
                from paper p join paper_author a on a.paper_id = p.id
                where p.conference_id = ?1
                group by a.institution
                order by 3 desc, 2 desc, 1""")
                .setParameter(1, conferenceId)
                .getResultList();
        return new Report(
                conferenceId,
                name,
                Share.of(overall[0], overall[1]),
                rows.stream()
                        .map(r -> {
                            Share share = Share.of(r[1], r[2]);
                            return new InstitutionShare(
                                    (String) r[0], share.papers(), share.crossRegionPapers(), share.share());
                        })
                        .toList());
    }
}
