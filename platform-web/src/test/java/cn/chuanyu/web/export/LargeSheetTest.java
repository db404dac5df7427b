package cn.chuanyu.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A million rows go out as they are produced: an export never holds its whole table in memory. */
class LargeSheetTest {

    private static final int ROWS = 1_000_000;
    private static final int MEGABYTE = 1 << 20;

    @Test
    void aMillionRowCsvIsWrittenWhileItsRowsAreProduced() throws IOException {
        var produced = new AtomicInteger();
        var out = new Counting(produced);

        CsvFile.write(generated(produced), out);

        assertThat(produced.get()).isEqualTo(ROWS);
        assertThat(out.lines).isEqualTo(ROWS + 1);
        // a writer that collected the rows first would have produced all million before its first byte
        assertThat(out.producedAtFirstMegabyte).isBetween(1, ROWS / 10);
    }

    @Test
    void aMillionRowWorkbookIsWrittenInConstantMemory(@TempDir Path directory) throws IOException {
        var produced = new AtomicInteger();
        Long[] heapGrowth = {null};
        long before = heapUsed();
        Sheet sheet = generated(produced, row -> {
            if (row == ROWS - 1) {
                heapGrowth[0] = heapUsed() - before;
            }
        });
        Path file = directory.resolve("large.xlsx");

        try (OutputStream out = Files.newOutputStream(file)) {
            XlsxFile.write(sheet, out);
        }

        assertThat(produced.get()).isEqualTo(ROWS);
        assertThat(rowsIn(file)).isEqualTo(ROWS + 1);
        // a workbook held in memory takes hundreds of bytes per cell: well over a gigabyte for these three million
        assertThat(heapGrowth[0]).isNotNull().isLessThan(64L * MEGABYTE);
    }

    private static Sheet generated(AtomicInteger produced) {
        return generated(produced, row -> {});
    }

    /** Rows made one at a time, as the writer asks for them. */
    private static Sheet generated(AtomicInteger produced, IntConsumer atRow) {
        return new Sheet("联盟清单", List.of("序号", "高新区", "标题"), sink -> {
            for (int i = 0; i < ROWS; i++) {
                atRow.accept(i);
                sink.accept(Arrays.asList(i, "成都高新区", "动力电池回收需求" + i));
                produced.incrementAndGet();
            }
        });
    }

    private static long heapUsed() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The rows of the workbook's sheet, counted in its XML as it is read. */
    private static long rowsIn(Path file) throws IOException {
        try (var zip = new ZipFile(file.toFile());
                InputStream xml =
                        new BufferedInputStream(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")))) {
            byte[] tag = "<row ".getBytes(StandardCharsets.US_ASCII);
            long rows = 0;
            int matched = 0;
            for (int b = xml.read(); b >= 0; b = xml.read()) {
                matched = b == tag[matched] ? matched + 1 : (b == tag[0] ? 1 : 0);
                if (matched == tag.length) {
                    rows++;
                    matched = 0;
                }
            }
            return rows;
        }
    }

    /** Discards what is written, counting its lines, and notes how many rows were produced when a megabyte was out. */
    private static final class Counting extends OutputStream {

        private final AtomicInteger produced;
        private long bytes;
        private long lines;
        private int producedAtFirstMegabyte;

        Counting(AtomicInteger produced) {
            this.produced = produced;
        }

        @Override
        public void write(int b) {
            count((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                count(b[i]);
            }
        }

        private void count(byte b) {
            if (++bytes == MEGABYTE) {
                producedAtFirstMegabyte = produced.get();
            }
            if (b == '\n') {
                lines++;
            }
        }
    }
}
