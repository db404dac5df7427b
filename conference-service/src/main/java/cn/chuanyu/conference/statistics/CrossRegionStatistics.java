package cn.chuanyu.conference.statistics;

import cn.chuanyu.conference.edition.Conferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The programme's figure of 川渝合作: how many papers, and what share, have authors from both Sichuan and Chongqing — per
 * conference and per institution. Computed from the papers themselves.
 */
@ApplicationScoped
public class CrossRegionStatistics {

    private final EntityManager entityManager;
    private final Conferences conferences;

    CrossRegionStatistics(EntityManager entityManager, Conferences conferences) {
        this.entityManager = entityManager;
        this.conferences = conferences;
    }

    /** Papers counted, those with authors from both regions, and that share (0 to 1; null without papers). */
    @Schema(description = "Papers counted, those with authors from both Sichuan and Chongqing, and their share")
    public record Share(
            @Schema(description = "papers counted") long papers,

            @Schema(description = "papers with authors from both Sichuan and Chongqing")
            long crossRegionPapers,

            @Schema(nullable = true, description = "crossRegionPapers / papers, 0 to 1; null when there is no paper")
            Double share) {
        static Share of(Object papers, Object crossRegion) {
            long total = ((Number) papers).longValue();
            long cross = ((Number) crossRegion).longValue();
            return new Share(total, cross, total == 0 ? null : (double) cross / total);
        }
    }

    @Schema(description = "The papers with an author from one institution, and their cross-region share")
    public record InstitutionShare(
            @Schema(description = "the institution, as the authors gave it")
            String institution,

            @Schema(description = "papers with an author from this institution")
            long papers,

            @Schema(description = "those of them with authors from both Sichuan and Chongqing")
            long crossRegionPapers,

            @Schema(description = "crossRegionPapers / papers, 0 to 1")
            double share) {}

    @Schema(description = "A conference's cross-region (Sichuan–Chongqing) co-authorship figures")
    public record Report(
            @Schema(description = "the conference's id") UUID conferenceId,
            @Schema(description = "the conference's name") String conference,

            @Schema(description = "over all the conference's papers")
            Share overall,

            @Schema(description = "per institution of an author, most cross-region papers first")
            List<InstitutionShare> institutions) {}

    public Report of(UUID conferenceId) {
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
                            // an institution is listed only with a paper, so its share is never null
                            return new InstitutionShare(
                                    (String) r[0], share.papers(), share.crossRegionPapers(), share.share());
                        })
                        .toList());
    }
}
