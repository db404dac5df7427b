package cn.chuanyu.conference.review;

import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Loads what {@link ConflictRules} need, for one pair (a manual assignment) or for every expert and paper of a proposal
 * at once (a few queries, not one per pair). Co-authorship counts papers in this system submitted in the last three
 * years.
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
        var expert = experts(List.of(reviewer), now).get(reviewer.username);
        var submission = ConflictRules.Submission.of(
                paper, declaredExperts(List.of(paper.id)).getOrDefault(paper.id, Set.of()));
        return ConflictRules.between(expert, submission)
                .map(c -> new ProblemException(
                        Status.CONFLICT,
                        "conflict-of-interest",
                        c.detailKey(),
                        c.args().toArray()));
    }

    /** The experts as the rules see them, by user name, with their co-authorships of the window. */
    public Map<String, ConflictRules.Expert> experts(Collection<ExpertReviewer> reviewers, Instant now) {
        Map<String, List<ConflictRules.CoAuthorship>> coAuthorships = new HashMap<>();
        reviewers.forEach(r -> coAuthorships.put(r.username, new ArrayList<>()));
        if (!reviewers.isEmpty()) {
            for (Object[] row : coAuthorshipRows(coAuthorships.keySet(), now)) {
                coAuthorships
                        .get((String) row[0])
                        .add(new ConflictRules.CoAuthorship(
                                (UUID) row[1], (String) row[2], (String) row[3], (String) row[4]));
            }
        }
        Map<String, ConflictRules.Expert> experts = new HashMap<>();
        reviewers.forEach(r -> experts.put(r.username, ConflictRules.Expert.of(r, coAuthorships.get(r.username))));
        return experts;
    }

    /** Who declared a conflict on each of the papers (submitter or expert): the experts' user names. */
    public Map<UUID, Set<String>> declaredExperts(Collection<UUID> paperIds) {
        Map<UUID, Set<String>> declared = new HashMap<>();
        if (paperIds.isEmpty()) {
            return declared;
        }
        List<DeclaredConflict> conflicts = DeclaredConflict.list("paperId in ?1", paperIds);
        conflicts.forEach(
                c -> declared.computeIfAbsent(c.paperId, id -> new HashSet<>()).add(c.reviewer));
        return declared;
    }

    /** Latest first, so that a refusal names the most recent joint paper. */
    @SuppressWarnings("unchecked")
    private List<Object[]> coAuthorshipRows(Collection<String> usernames, Instant now) {
        return entityManager
                .createNativeQuery("""
                select r.username, p.id, p.title, other.name, other.orcid
                from expert_reviewer r
                join paper_author me on me.orcid = r.orcid
                    or (me.orcid is null or r.orcid is null) and me.name = r.name
                join paper p on p.id = me.paper_id
                join paper_author other on other.paper_id = p.id and other.position <> me.position
                where r.username in (?1) and p.submitted_at >= ?2
                order by p.submitted_at desc, p.id, other.position""")
                .setParameter(1, usernames)
                .setParameter(2, now.minus(CO_AUTHORSHIP_YEARS * 365, ChronoUnit.DAYS))
                .getResultList();
    }
}
