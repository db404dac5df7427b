package cn.chuanyu.conference.kernel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names people type differently but mean the same: "四川大学", "四川 大学", "四川大学。" and "ＳＷＵ" / "swu". The key is the NFKC form
 * (full-width letters, digits and spaces become half-width), case-folded, without whitespace, punctuation, symbols or
 * invisible format characters. Institutions are compared by it for conflicts of interest, and topics by it for a
 * reviewer's affinity to a paper.
 */
public final class ComparableText {

    private static final Pattern NOT_MEANINGFUL = Pattern.compile("[\\p{Z}\\s\\p{P}\\p{S}\\p{Cc}\\p{Cf}]+");

    private ComparableText() {}

    public static String key(String text) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        // upper then lower folds what lower alone does not (ß → SS → ss), as Unicode case folding does
        String folded = compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return NOT_MEANINGFUL.matcher(folded).replaceAll("");
    }
}
