package cn.chuanyu.conference.statistics;

import cn.chuanyu.conference.edition.Conferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

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
    public record Share(long papers, long crossRegionPapers, Double share) {
        static Share of(Object papers, Object crossRegion) {
            long total = ((Number) papers).longValue();
            long cross = ((Number) crossRegion).longValue();
            return new Share(total, cross, total == 0 ? null : (double) cross / total);
        }
    }

    public record InstitutionShare(String institution, long papers, long crossRegionPapers, Double share) {}

    public record Report(UUID conferenceId, String conference, Share overall, List<InstitutionShare> institutions) {}

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
                            return new InstitutionShare(
                                    (String) r[0], share.papers(), share.crossRegionPapers(), share.share());
                        })
                        .toList());
    }
}
