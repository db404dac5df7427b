package cn.chuanyu.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A sheet as an Excel workbook (.xlsx): bold frozen header row, numbers as numbers, text as text (never formulas). */
public final class XlsxFile {

    private XlsxFile() {}

    public static byte[] of(Sheet sheet) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            XSSFSheet xlsx = workbook.createSheet(sheet.name());
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
            for (int r = 0; r < sheet.rows().size(); r++) {
                write(xlsx.createRow(r + 1), sheet.rows().get(r));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
