package cn.chuanyu.conference.review;

import cn.chuanyu.conference.kernel.ComparableText;
import cn.chuanyu.conference.paper.Author;
import cn.chuanyu.conference.paper.Paper;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The conflict-of-interest rules, on facts loaded beforehand, so that a manual assignment and a proposal over a whole
 * conference apply the very same rules: the expert is an author; works at an author's institution; declared a conflict
 * with an author's institution; the expert or the submitter declared a conflict for this paper; the expert recently
 * co-authored with an author. Institutions are compared by {@link ComparableText#key}; people by ORCID iD where both
 * have one, otherwise by name.
 */
public final class ConflictRules {

    private ConflictRules() {}

    /** An expert as the rules see them; keys are {@link ComparableText} keys. */
    public record Expert(
            String username,
            String name,
            String orcid,
            String institution,
            String institutionKey,
            Set<String> declaredInstitutionKeys,
            List<CoAuthorship> coAuthorships) {

        public static Expert of(ExpertReviewer reviewer, List<CoAuthorship> coAuthorships) {
            return new Expert(
                    reviewer.username,
                    reviewer.name,
                    reviewer.orcid,
                    reviewer.institution,
                    ComparableText.key(reviewer.institution),
                    reviewer.declaredInstitutions.stream()
                            .map(ComparableText::key)
                            .collect(Collectors.toUnmodifiableSet()),
                    coAuthorships);
        }
    }

    /** Someone the expert co-authored a paper with inside the co-authorship window. */
    public record CoAuthorship(UUID paperId, String paperTitle, String name, String orcid) {}

    /** A paper as the rules see it: its authors with their institutions' keys, and who declared a conflict on it. */
    public record Submission(UUID id, List<Author> authors, List<String> institutionKeys, Set<String> declaredExperts) {

        public static Submission of(Paper paper, Set<String> declaredExperts) {
            return new Submission(
                    paper.id,
                    List.copyOf(paper.authors),
                    paper.authors.stream()
                            .map(a -> ComparableText.key(a.institution()))
                            .toList(),
                    declaredExperts);
        }
    }

    /** Why the pair conflicts: a problem detail key of the service's bundle and its arguments. */
    public record Conflict(String detailKey, List<Object> args) {}

    public static Optional<Conflict> between(Expert expert, Submission paper) {
        for (int i = 0; i < paper.authors().size(); i++) {
            Author author = paper.authors().get(i);
            String institutionKey = paper.institutionKeys().get(i);
            if (samePerson(expert.orcid(), expert.name(), author)) {
                return conflict("coi-author", expert.name());
            }
            if (institutionKey.equals(expert.institutionKey())) {
                return conflict("coi-institution", expert.name(), expert.institution(), author.name());
            }
            if (expert.declaredInstitutionKeys().contains(institutionKey)) {
                return conflict("coi-declared-institution", expert.name(), author.institution(), author.name());
            }
        }
        if (paper.declaredExperts().contains(expert.username())) {
            return conflict("coi-declared", expert.name());
        }
        for (CoAuthorship co : expert.coAuthorships()) {
            if (!co.paperId().equals(paper.id())
                    && paper.authors().stream().anyMatch(a -> samePerson(co.orcid(), co.name(), a))) {
                return conflict(
                        "coi-co-author",
                        expert.name(),
                        co.paperTitle(),
                        co.name(),
                        ConflictOfInterest.CO_AUTHORSHIP_YEARS);
            }
        }
        return Optional.empty();
    }

    private static Optional<Conflict> conflict(String detailKey, Object... args) {
        return Optional.of(new Conflict(detailKey, List.of(args)));
    }

    private static boolean samePerson(String orcid, String name, Author author) {
        return orcid != null && author.orcid() != null ? orcid.equals(author.orcid()) : name.equals(author.name());
    }
}
