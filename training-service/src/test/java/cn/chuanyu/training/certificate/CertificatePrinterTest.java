package cn.chuanyu.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.training.programme.BrokerLevel;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The page layout on its own: what a name the font cannot fully show, or one too long for a line, prints as; and one
 * printer shared by several downloads at once.
 */
class CertificatePrinterTest {

    @Test
    void aCharacterTheFontLacksPrintsAsTheMissingGlyphMarkAndALongProgrammeNameStaysOnOneLine() throws Exception {
        Certificate certificate =
                certificate("张\uD83D\uDE00三", "成渝地区双城经济圈".repeat(6) + "技术经纪人培训班", BrokerLevel.ADVANCED);

        byte[] pdf;
        try (InputStream font = getClass().getClassLoader().getResourceAsStream(PrintedCertificates.FONT);
                CertificatePrinter printer = new CertificatePrinter(font.readAllBytes())) {
            pdf = printer.print(content(certificate));
        }

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> lines = List.of(new PDFTextStripper().getText(document).split("\\R"));
            assertThat(lines)
                    .contains("张" + CertificatePrinter.MISSING_GLYPH + "三", certificate.programmeName)
                    .contains("完成高级技术经纪人培训全部课程，考核合格，准予结业。")
                    .noneMatch(line -> line.startsWith("承办单位"));
        }
    }

    @Test
    void onePrinterSharedByDownloadsAtOncePrintsEachCertificateWithItsOwnHolder() throws Exception {
        List<String> holders = List.of("张三丰", "欧阳修", "司马光", "诸葛亮", "上官婉儿", "慕容复", "令狐冲", "东方朔");
        ExecutorService downloads = Executors.newFixedThreadPool(4);
        try (InputStream font = getClass().getClassLoader().getResourceAsStream(PrintedCertificates.FONT);
                CertificatePrinter printer = new CertificatePrinter(font.readAllBytes())) {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String holder : holders) {
                    Callable<byte[]> print =
                            () -> printer.print(content(certificate(holder, "川渝技术经纪人培训班", BrokerLevel.PRIMARY)));
                    pdfs.add(downloads.submit(print));
                }
            }
            for (int i = 0; i < pdfs.size(); i++) {
                String holder = holders.get(i % holders.size());
                try (PDDocument document = Loader.loadPDF(pdfs.get(i).get())) {
                    // the subset embedded in each PDF has its own holder's glyphs, whatever was printed meanwhile
                    assertThat(new PDFTextStripper().getText(document).split("\\R"))
                            .contains(holder);
                }
            }
        } finally {
            downloads.shutdownNow();
        }
    }

    private static Certificate certificate(String holder, String programme, BrokerLevel level) {
        Certificate certificate = new Certificate();
        certificate.number = "NTTB-2026-000001";
        certificate.verificationCode = "7K3M9QXP";
        certificate.holderName = holder;
        certificate.programmeName = programme;
        certificate.level = level;
        certificate.issuer = Certificate.ISSUER;
        certificate.issuedOn = LocalDate.of(2026, 1, 5);
        certificate.expiresOn = LocalDate.of(2029, 1, 5);
        return certificate;
    }

    private static CertificatePrinter.Content content(Certificate certificate) {
        return new CertificatePrinter.Content(
                certificate, List.of("重庆市科学技术研究院"), List.of(), "https://example.cn/verify");
    }
}
