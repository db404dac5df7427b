package cn.chuanyu.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A sheet as an Excel workbook (.xlsx): bold frozen header row, numbers as numbers, text as text (never formulas).
 *
 * <p>Written through POI's streaming workbook: only the last {@value #WINDOW} rows are in memory, the ones before are
 * flushed to a gzip-compressed temporary file as the sheet produces them, and the workbook is zipped from it at the
 * end. So the memory stays constant, but the first byte of an .xlsx goes out only once every row is produced (a CSV
 * streams from its first row).
 */
public final class XlsxFile {

    private static final int WINDOW = 100;

    private XlsxFile() {}

    /** Writes the workbook once the sheet has produced every row; {@code out} is not closed. */
    public static void write(Sheet sheet, OutputStream out) throws IOException {
        var workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            SXSSFSheet xlsx = workbook.createSheet(sheet.name());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = xlsx.createRow(0);
            for (int c = 0; c < sheet.headers().size(); c++) {
                var cell = header.createCell(c);
                cell.setCellValue(sheet.headers().get(c));
                cell.setCellStyle(bold);
            }
            xlsx.createFreezePane(0, 1);
            int[] next = {1};
            sheet.rows().produce(cells -> write(xlsx.createRow(next[0]++), cells));
            workbook.write(out);
        } finally {
            // the temporary files are deleted by dispose, not by close
            workbook.dispose();
            workbook.close();
        }
    }

    private static void write(Row row, List<Object> cells) {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(c).setCellValue(value.toString());
            }
        }
    }
}
