package cn.chuanyu.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A manuscript-like PDF written by hand (the benchmark has no PDF library): {@code pages} A4 pages of text, each with
 * an uncompressed {@value #IMAGE_SIDE}×{@value #IMAGE_SIDE} RGB figure of noise (so the file has a paper's size, about
 * 80 KB a page, and nothing compresses it away), and the author metadata (Author, Creator, Producer) that a reviewer's
 * copy must lose. Deterministic: the same bytes every run.
 */
final class SamplePdf {

    static final int IMAGE_SIDE = 160;

    private SamplePdf() {}

    static byte[] manuscript(int pages) {
        var out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        int objects = 4 + 3 * pages;
        StringBuilder kids = new StringBuilder();
        for (int p = 0; p < pages; p++) {
            kids.append(5 + 3 * p).append(" 0 R ");
        }
        object(out, offsets, "<< /Type /Catalog /Pages 2 0 R >>");
        object(out, offsets, "<< /Type /Pages /Kids [" + kids.toString().trim() + "] /Count " + pages + " >>");
        object(out, offsets, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        object(
                out,
                offsets,
                "<< /Title (Potassium-ion battery electrodes: a benchmark manuscript) /Author (Fan Cong)"
                        + " /Creator (LaTeX with hyperref) /Producer (pdfTeX-1.40.25) >>");
        Random noise = new Random(22);
        for (int p = 0; p < pages; p++) {
            int page = 5 + 3 * p;
            object(
                    out,
                    offsets,
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >>"
                            + " /XObject << /Im1 " + (page + 2) + " 0 R >> >> /Contents " + (page + 1) + " 0 R >>");
            byte[] text = pageText(p).getBytes(StandardCharsets.US_ASCII);
            stream(out, offsets, "", text);
            byte[] image = new byte[IMAGE_SIDE * IMAGE_SIDE * 3];
            noise.nextBytes(image);
            stream(
                    out,
                    offsets,
                    "/Type /XObject /Subtype /Image /Width " + IMAGE_SIDE + " /Height " + IMAGE_SIDE
                            + " /ColorSpace /DeviceRGB /BitsPerComponent 8 ",
                    image);
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ")
                .append(objects + 1)
                .append(" /Root 1 0 R /Info 4 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static String pageText(int page) {
        StringBuilder s = new StringBuilder("BT /F1 10 Tf 14 TL 56 790 Td (Page ")
                .append(page + 1)
                .append(") Tj\n");
        for (int line = 0; line < 36; line++) {
            s.append("(Organic electrode materials for potassium-ion batteries: cycling, rate and cost, line ")
                    .append(line + 1)
                    .append(".) '\n");
        }
        return s.append("ET\nq 160 0 0 160 56 60 cm /Im1 Do Q\n").toString();
    }

    private static void object(ByteArrayOutputStream out, List<Integer> offsets, String body) {
        offsets.add(out.size());
        write(out, offsets.size() + " 0 obj\n" + body + "\nendobj\n");
    }

    private static void stream(ByteArrayOutputStream out, List<Integer> offsets, String dictionary, byte[] data) {
        offsets.add(out.size());
        write(out, offsets.size() + " 0 obj\n<< " + dictionary + "/Length " + data.length + " >>\nstream\n");
        out.writeBytes(data);
        write(out, "\nendstream\nendobj\n");
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
