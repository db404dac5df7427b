package cn.chuanyu.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.chuanyu.training.programme.BrokerLevel;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Printers kept between prints: each print is of its own certificate, and a printer that failed is not used again. */
class CertificatePrintersTest {

    private CertificatePrinters printers;

    @BeforeEach
    void keepOne() throws IOException {
        try (InputStream font = getClass().getClassLoader().getResourceAsStream(PrintedCertificates.FONT)) {
            printers = new CertificatePrinters(font.readAllBytes(), 1);
        }
    }

    @AfterEach
    void close() {
        printers.close();
    }

    @Test
    void aKeptPrinterPrintsEachCertificateWithTheGlyphsOfItsOwnText() throws IOException {
        Object first = printers.print(printer -> printer);
        byte[] zhang = printers.print(printer -> printer.print(content("张三丰", "NTTB-2026-000001")));
        byte[] ou = printers.print(printer -> {
            assertThat((Object) printer).isSameAs(first);
            return printer.print(content("欧阳修", "NTTB-2026-000002"));
        });

        // the second PDF's font subset has its own holder's glyphs (none of them is in the first name)
        assertThat(text(ou)).contains("欧阳修", "NTTB-2026-000002").doesNotContain("张三丰");
        assertThat(text(zhang)).contains("张三丰", "NTTB-2026-000001").doesNotContain("欧阳修");
    }

    @Test
    void aPrinterWhoseWorkFailedIsNotGivenOutAgain() throws IOException {
        CertificatePrinter[] failed = new CertificatePrinter[1];
        assertThatThrownBy(() -> printers.print(printer -> {
                    failed[0] = printer;
                    throw new IOException("the client went away");
                }))
                .hasMessage("the client went away");

        CertificatePrinter next = printers.print(printer -> printer);
        assertThat((Object) next).isNotSameAs(failed[0]);
    }

    private static CertificatePrinter.Content content(String holder, String number) {
        Certificate certificate = new Certificate();
        certificate.number = number;
        certificate.verificationCode = "7K3M9QXP";
        certificate.holderName = holder;
        certificate.programmeName = "川渝技术经纪人培训班";
        certificate.level = BrokerLevel.PRIMARY;
        certificate.issuer = Certificate.ISSUER;
        certificate.issuedOn = LocalDate.of(2026, 1, 5);
        certificate.expiresOn = LocalDate.of(2029, 1, 5);
        return new CertificatePrinter.Content(certificate, List.of("重庆市科学技术研究院"), List.of(), "https://example.cn/v");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
