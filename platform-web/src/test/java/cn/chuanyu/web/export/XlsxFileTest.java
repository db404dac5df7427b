package cn.chuanyu.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxFileTest {

    @Test
    void theHeaderIsBoldAndFrozenNumbersStayNumbersAndFormulasStayText() throws Exception {
        var sheet = new Sheet(
                "花名册",
                List.of("姓名", "成绩", "备注"),
                List.of(Arrays.asList("张三", 92.5, "=SUM(A1)"), Arrays.asList("李四", 7, null)));
        var out = new ByteArrayOutputStream();

        XlsxFile.write(sheet, out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet xlsx = workbook.getSheet("花名册");
            assertThat(xlsx.getPaneInformation().isFreezePane()).isTrue();
            assertThat(xlsx.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
            assertThat(workbook.getFontAt(
                                    xlsx.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(xlsx.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(92.5);
            assertThat(xlsx.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(xlsx.getRow(1).getCell(2).getStringCellValue()).isEqualTo("=SUM(A1)");
            assertThat(xlsx.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(7.0);
            assertThat(xlsx.getRow(2).getCell(2)).isNull();
            assertThat(xlsx.getLastRowNum()).isEqualTo(2);
        }
    }
}
