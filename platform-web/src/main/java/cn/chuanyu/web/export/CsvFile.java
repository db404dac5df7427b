package cn.chuanyu.web.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A sheet as RFC 4180 CSV in UTF-8 with a byte order mark: without the BOM, Excel and WPS open UTF-8 CSV as the
 * system's ANSI code page (GBK on Chinese Windows) and the Chinese headers come out garbled.
 */
public final class CsvFile {

    private static final char BOM = '\uFEFF';
    /** Characters buffered before they go to the answer: the only part of the file held at a time. */
    private static final int BUFFER = 16 * 1024;

    private CsvFile() {}

    /** Writes the file row by row as the sheet produces them; {@code out} is flushed, not closed. */
    public static void write(Sheet sheet, OutputStream out) throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
        text.write(BOM);
        line(text, sheet.headers());
        try {
            sheet.rows().produce(row -> {
                try {
                    line(text, row);
                } catch (IOException e) {
                    // the sink cannot throw IOException: carried out of the source and thrown again below
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        text.flush();
    }

    private static void line(Writer text, List<?> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                text.write(',');
            }
            text.write(field(cells.get(c)));
        }
        text.write("\r\n");
    }

    private static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        String value = cell instanceof BigDecimal number ? number.toPlainString() : cell.toString();
        // a leading =, +, - or @ would make Excel run the cell as a formula (CSV injection): kept as text with '
        if (!(cell instanceof Number) && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
