package cn.chuanyu.training.certificate;

import static cn.chuanyu.training.TrainingFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.training.TrainingFixtures;
import cn.chuanyu.training.TrainingFixtures.Cohort;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The printable 结业证书: what a holder downloads and prints, what a verifier's phone reads off it. */
@QuarkusTest
class PrintedCertificateTest {

    private static final String CERTIFICATES = "/api/training/certificates/";
    private static final String EXPORTS = "/api/training/exports/programmes/";

    @Inject
    Certificates certificates;

    @ConfigProperty(name = "chuanyu.web.public-base-url", defaultValue = "http://127.0.0.1:8080")
    String publicBaseUrl;

    @Test
    @TestSecurity(user = "pdf-holder", roles = "trainee")
    void theHolderPrintsAnA4PageWithTheChineseTextInAnEmbeddedSubsetAndAQrCodeOfTheVerificationPage() throws Exception {
        Certificate certificate =
                certified(Cohort.taughtBy(TrainingFixtures.unique("pdf-teacher")), "pdf-holder", "欧阳娜娜");

        var answer = given().when()
                .get(CERTIFICATES + certificate.id + "/pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract();
        assertThat(answer.header("Content-Disposition"))
                .contains("filename=\"" + certificate.number + ".pdf\"")
                .contains("filename*=UTF-8''"
                        + URLEncoder.encode(certificate.number + "-欧阳娜娜.pdf", StandardCharsets.UTF_8));
        byte[] pdf = answer.asByteArray();
        // a subset of the 10 MB font: only the glyphs printed
        assertThat(pdf.length).isLessThan(200_000);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, offset(0.5f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, offset(0.5f));
            // each label and its value on one line, the value in a column (a space between them once extracted)
            assertThat(lines(document))
                    .contains(
                            "结业证书",
                            "欧阳娜娜",
                            certificate.programmeName,
                            "完成初级技术经纪人培训全部课程，考核合格，准予结业。",
                            "证书编号： " + certificate.number,
                            "发证日期： " + chinese(today()),
                            "有效期至： " + chinese(today().plusYears(3)),
                            "主办单位： 重庆市科学技术研究院、国家技术转移西南中心",
                            "培训基地： 国家技术转移人才培养基地",
                            "查验码： " + certificate.verificationCode);
            assertThat(String.join("", lines(document))).contains("重庆技术评估与转移服务中心、重庆易智网公司、重庆市技术转移服务技术创新战略联盟");
            List<PDFont> fonts = fonts(page);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC.*");
            });

            String target = qrCode(document);
            assertThat(target)
                    .isEqualTo(publicBaseUrl.replaceFirst("/+$", "")
                            + "/api/training/certificate-verifications/" + certificate.number + "/page?code="
                            + certificate.verificationCode);
            URI verification = URI.create(target);
            String html = given().when()
                    .get(verification.getRawPath() + "?" + verification.getRawQuery())
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(html).contains("证书查验结果：有效").contains("<td>欧阳娜娜</td>");
        }
    }

    @Test
    @TestSecurity(user = "pdf-other-trainee", roles = "trainee")
    void anotherTraineeCannotPrintSomeoneElsesCertificate() {
        Certificate theirs = certified(
                Cohort.taughtBy(TrainingFixtures.unique("pdf-teacher")), TrainingFixtures.unique("pdf"), "司马光");

        given().when()
                .get(CERTIFICATES + theirs.id + "/pdf")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/not-found"));
    }

    @Test
    @TestSecurity(user = "pdf-instructor", roles = "instructor")
    void anInstructorCannotPrintTheirTraineesCertificate() {
        Certificate trainees = certified(Cohort.taughtBy("pdf-instructor"), TrainingFixtures.unique("pdf"), "王安石");

        given().when().get(CERTIFICATES + trainees.id + "/pdf").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void administratorsPrintAnyCertificateInForceButNotARevokedOne() {
        Cohort cohort = Cohort.taughtBy(TrainingFixtures.unique("pdf-teacher"));
        Certificate valid = certified(cohort, TrainingFixtures.unique("pdf"), "苏轼");
        Certificate revoked = certified(cohort, TrainingFixtures.unique("pdf"), "苏辙");
        QuarkusTransaction.requiringNew().run(() -> certificates.revoke(revoked.id, "证书信息有误", TrainingFixtures.ADMIN));

        given().when()
                .get(CERTIFICATES + valid.id + "/pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf");
        given().when()
                .get(CERTIFICATES + revoked.id + "/pdf")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/already-revoked"))
                .body("detail", equalTo("证书 " + revoked.number + " 已撤销，不再打印"));
        given().header("Accept-Language", "en")
                .when()
                .get(CERTIFICATES + revoked.id + "/pdf")
                .then()
                .statusCode(409)
                .body("detail", equalTo("Certificate " + revoked.number + " is revoked and is no longer printed"));
        given().when().get(CERTIFICATES + UUID.randomUUID() + "/pdf").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void aProgrammesZipHasOnePdfPerCertificateInForceNamedByNumberAndHolder() throws Exception {
        Cohort cohort = Cohort.taughtBy(TrainingFixtures.unique("pdf-teacher"));
        Certificate li = certified(cohort, TrainingFixtures.unique("pdf"), "李清照");
        Certificate xin = certified(cohort, TrainingFixtures.unique("pdf"), "辛弃疾");
        Certificate lu = certified(cohort, TrainingFixtures.unique("pdf"), "陆游");
        QuarkusTransaction.requiringNew().run(() -> certificates.revoke(lu.id, "证书信息有误", TrainingFixtures.ADMIN));
        String programmeName = li.programmeName;

        var answer = given().when()
                .get(EXPORTS + cohort.programme() + "/certificates")
                .then()
                .statusCode(200)
                .contentType("application/zip")
                .extract();
        assertThat(answer.header("Content-Disposition"))
                .contains("filename=\"certificates-" + cohort.programme() + ".zip\"")
                .contains("filename*=UTF-8''" + URLEncoder.encode(programmeName + "-结业证书.zip", StandardCharsets.UTF_8));

        Map<String, byte[]> entries = unzip(answer.asByteArray());
        assertThat(entries.keySet()).containsExactly(li.number + "-李清照.pdf", xin.number + "-辛弃疾.pdf");
        for (Certificate c : List.of(li, xin)) {
            try (PDDocument document = Loader.loadPDF(entries.get(c.number + "-" + c.holderName + ".pdf"))) {
                assertThat(lines(document)).contains(c.holderName, programmeName, "证书编号： " + c.number);
            }
        }
    }

    @Test
    @TestSecurity(user = "pdf-zip-teacher", roles = "instructor")
    void instructorsBundleOnlyTheCertificatesOfProgrammesTheyTeachIn() throws Exception {
        Cohort mine = Cohort.taughtBy("pdf-zip-teacher");
        Certificate certificate = certified(mine, TrainingFixtures.unique("pdf"), "岳飞");
        Cohort theirs = Cohort.taughtBy(TrainingFixtures.unique("pdf-teacher"));

        byte[] zip = given().when()
                .get(EXPORTS + mine.programme() + "/certificates")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(unzip(zip)).containsOnlyKeys(certificate.number + "-岳飞.pdf");
        given().when()
                .get(EXPORTS + theirs.programme() + "/certificates")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://chuanyu.cn/problems/forbidden"));
        given().when().get(EXPORTS + UUID.randomUUID() + "/certificates").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "pdf-zip-trainee", roles = "trainee")
    void traineesBundleNothing() {
        Cohort cohort = Cohort.taughtBy(TrainingFixtures.unique("pdf-teacher"));
        certified(cohort, "pdf-zip-trainee", "文天祥");

        given().when()
                .get(EXPORTS + cohort.programme() + "/certificates")
                .then()
                .statusCode(403);
    }

    private Certificate certified(Cohort cohort, String trainee, String name) {
        UUID enrolment = cohort.passed(trainee, name);
        return QuarkusTransaction.requiringNew().call(() -> certificates.issue(enrolment, TrainingFixtures.ADMIN));
    }

    private static List<String> lines(PDDocument document) throws Exception {
        return List.of(new PDFTextStripper().getText(document).split("\\R"));
    }

    private static List<PDFont> fonts(PDPage page) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }

    /** What a phone's camera reads: the page rendered at 150 dpi, the QR code found and decoded by ZXing. */
    private static String qrCode(PDDocument document) throws Exception {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String chinese(LocalDate date) {
        return "%d年%d月%d日".formatted(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}
