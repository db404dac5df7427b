package cn.chuanyu.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    @Test
    void startsWithAByteOrderMarkSoThatExcelAndWpsReadTheChinese() throws IOException {
        byte[] csv = csv(new Sheet("花名册", List.of("姓名"), List.of(List.of("张三"))));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8).substring(1)).isEqualTo("姓名\r\n张三\r\n");
    }

    @Test
    void cellsAreQuotedAndNeverRunAsFormulas() throws IOException {
        var sheet = new Sheet(
                "花名册",
                List.of("姓名", "备注"),
                List.of(
                        Arrays.asList("欧阳,娜", "他说\"好\""),
                        Arrays.asList("=HYPERLINK(\"x\")", null),
                        Arrays.asList("@SUM(A1)", 3)));

        String csv = new String(csv(sheet), StandardCharsets.UTF_8).substring(1);

        assertThat(csv)
                .isEqualTo("姓名,备注\r\n\"欧阳,娜\",\"他说\"\"好\"\"\"\r\n\"'=HYPERLINK(\"\"x\"\")\",\r\n'@SUM(A1),3\r\n");
    }

    private static byte[] csv(Sheet sheet) throws IOException {
        var out = new ByteArrayOutputStream();
        CsvFile.write(sheet, out);
        return out.toByteArray();
    }
}
