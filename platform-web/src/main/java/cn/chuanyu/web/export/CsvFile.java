package cn.chuanyu.web.export;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A sheet as RFC 4180 CSV in UTF-8 with a byte order mark: without the BOM, Excel and WPS open UTF-8 CSV as the
 * system's ANSI code page (GBK on Chinese Windows) and the Chinese headers come out garbled.
 */
public final class CsvFile {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvFile() {}

    public static byte[] of(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        line(text, List.copyOf(sheet.headers()));
        sheet.rows().forEach(row -> line(text, row));
        var out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder text, List<?> cells) {
        text.append(cells.stream().map(CsvFile::field).collect(Collectors.joining(",")))
                .append("\r\n");
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
