package cn.chuanyu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SamplePdfTest {

    /** A parser follows the cross-reference table: every entry must point at the object it names. */
    @Test
    void everyCrossReferencePointsAtItsObject() {
        byte[] pdf = SamplePdf.manuscript(3);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);

        assertThat(text).startsWith("%PDF-1.7\n").endsWith("%%EOF\n");
        int xref = Integer.parseInt(text.substring(text.lastIndexOf("startxref\n") + 10, text.lastIndexOf("\n%%EOF"))
                .trim());
        assertThat(text.substring(xref)).startsWith("xref\n0 14\n");
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n \n").matcher(text.substring(xref));
        int object = 0;
        while (entries.find()) {
            object++;
            assertThat(text.substring(Integer.parseInt(entries.group(1)))).startsWith(object + " 0 obj\n");
        }
        assertThat(object).isEqualTo(13); // catalog, pages, font, info, and three objects a page
    }

    @Test
    void aPageWeighsWhatAPapersPageDoesAndTheAuthorIsInTheMetadata() {
        byte[] one = SamplePdf.manuscript(1);
        byte[] ten = SamplePdf.manuscript(10);

        assertThat(ten.length - one.length).isBetween(9 * 78_000, 9 * 82_000);
        assertThat(new String(ten, StandardCharsets.ISO_8859_1)).contains("/Author (Fan Cong)");
        assertThat(SamplePdf.manuscript(10)).isEqualTo(ten);
    }
}
