package cn.chuanyu.conference.response;

import java.lang.Character.UnicodeScript;
import java.util.Set;

/**
 * How long an author response is, in words as a reader of Chinese and English counts them: every CJK character (汉字,
 * kana, hangul) is one word, as in a Chinese 字数; every run of other letters or digits ("reviewer", "3D", "don't",
 * "state-of-the-art") is one word. Punctuation and spaces are not words.
 */
public final class WordCount {

    private static final Set<UnicodeScript> CJK =
            Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HANGUL);

    private WordCount() {}

    public static int of(String text) {
        int words = 0;
        boolean inRun = false;
        int previous = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (CJK.contains(UnicodeScript.of(c))) {
                words++;
                inRun = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inRun) {
                    words++;
                }
                inRun = true;
            } else if (!joinsRun(c, previous, text, i)) {
                inRun = false;
            }
            previous = c;
        }
        return words;
    }

    /** An apostrophe or hyphen between two letters or digits keeps one word ("don't", "state-of-the-art"). */
    private static boolean joinsRun(int c, int previous, String text, int next) {
        boolean joiner = c == '\'' || c == '’' || c == '-';
        return joiner
                && Character.isLetterOrDigit(previous)
                && next < text.length()
                && Character.isLetterOrDigit(text.codePointAt(next))
                && !CJK.contains(UnicodeScript.of(text.codePointAt(next)));
    }
}
