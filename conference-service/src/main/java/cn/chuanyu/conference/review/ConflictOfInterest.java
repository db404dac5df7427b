package cn.chuanyu.conference.review;

import cn.chuanyu.conference.paper.Author;
import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Finds why an expert may not review a paper: they are one of its authors, they work at an author's institution, or
 * they co-authored a paper in this system with one of its authors in the last three years. People are matched by ORCID
 * iD where both have one, otherwise by name.
 */
@ApplicationScoped
public class ConflictOfInterest {

    static final long CO_AUTHORSHIP_YEARS = 3;
    private final EntityManager entityManager;

    ConflictOfInterest(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The refusal naming the conflict, in the caller's language; empty when there is none. */
    public Optional<ProblemException> between(ExpertReviewer reviewer, Paper paper, Instant now) {
        for (Author author : paper.authors) {
            if (samePerson(reviewer, author)) {
                return Optional.of(conflict("coi-author", reviewer.name));
            }
            if (author.institution().equals(reviewer.institution)) {
                return Optional.of(conflict("coi-institution", reviewer.name, reviewer.institution, author.name()));
            }
        }
        return recentCoAuthorship(reviewer, paper, now.minus(CO_AUTHORSHIP_YEARS * 365, ChronoUnit.DAYS));
    }

    @SuppressWarnings("unchecked")
    private Optional<ProblemException> recentCoAuthorship(ExpertReviewer reviewer, Paper paper, Instant since) {
        List<String> names = paper.authors.stream().map(Author::name).toList();
        List<String> orcids =
                paper.authors.stream().map(Author::orcid).filter(o -> o != null).toList();
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select other.name, p.title, p.submitted_at
                from paper p
                join paper_author me on me.paper_id = p.id
                    and (me.orcid = cast(?1 as varchar)
                        or (me.orcid is null or cast(?1 as varchar) is null) and me.name = ?2)
                join paper_author other on other.paper_id = p.id and other.position <> me.position
                    and (other.orcid in (?3) or other.name in (?4))
                where p.id <> ?5 and p.submitted_at >= ?6
                order by p.submitted_at desc limit 1""")
                .setParameter(1, reviewer.orcid)
                .setParameter(2, reviewer.name)
                .setParameter(3, orcids.isEmpty() ? List.of("-") : orcids)
                .setParameter(4, names)
                .setParameter(5, paper.id)
                .setParameter(6, since)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> conflict("coi-co-author", reviewer.name, r[1], r[0], CO_AUTHORSHIP_YEARS));
    }

    private static ProblemException conflict(String detailKey, Object... args) {
        return new ProblemException(Status.CONFLICT, "conflict-of-interest", detailKey, args);
    }

    private static boolean samePerson(ExpertReviewer reviewer, Author author) {
        return reviewer.orcid != null && author.orcid() != null
                ? reviewer.orcid.equals(author.orcid())
                : reviewer.name.equals(author.name());
    }
}
