package cn.chuanyu.alliance.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * How well an offer and a demand fit: each shared keyword counts 2, each shared category (the offer's
 * disciplines or the demand's industries) 1, and each keyword of one found in the other's text 1.
 */
public record Match(UUID id, String title, String zoneOrInstitution, int score, List<String> sharedKeywords,
        List<String> sharedCategories) {

    static Match of(UUID id, String title, String where, Side a, Side b) {
        List<String> keywords = intersection(a.keywords(), b.keywords());
        List<String> categories = intersection(a.categories(), b.categories());
        int textHits = (int) (a.keywords().stream().filter(k -> !keywords.contains(k) && b.text().contains(k)).count()
                + b.keywords().stream().filter(k -> !keywords.contains(k) && a.text().contains(k)).count());
        return new Match(id, title, where, 2 * keywords.size() + categories.size() + textHits, keywords, categories);
    }

    /** One side of a match: its keywords, its categories and its free text. */
    record Side(List<String> keywords, List<String> categories, String text) {
    }

    private static List<String> intersection(Collection<String> a, Collection<String> b) {
        List<String> shared = new ArrayList<>(a);
        shared.retainAll(b);
        return shared.stream().distinct().toList();
    }
}
