package cn.chuanyu.training.certificate;

import static cn.chuanyu.training.TrainingFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.training.TrainingFixtures;
import cn.chuanyu.training.TrainingFixtures.Cohort;
import cn.chuanyu.training.kernel.TrainingClock;
import cn.chuanyu.training.programme.BrokerLevel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The page a phone opens from the certificate's QR code: no login, no script, only what is printed. */
@QuarkusTest
class VerificationPageTest {

    @Inject
    Certificates certificates;

    @Test
    void anyoneOpensTheZhCnPageOfAValidCertificateShowingOnlyWhatIsPrinted() {
        Certificate certificate = certified("李白");

        var page = given().queryParam("code", certificate.verificationCode.toLowerCase())
                .when()
                .get(page(certificate))
                .then()
                .statusCode(200)
                .contentType("text/html")
                .header("Cache-Control", "no-store")
                .extract();
        String html = page.asString();
        assertThat(page.contentType()).containsIgnoringCase("charset=utf-8");
        assertThat(html)
                .contains("<html lang=\"zh-CN\">")
                .contains("证书查验结果：有效")
                .contains("<th scope=\"row\">持证人</th><td>李白</td>")
                .contains("<td>" + certificate.number + "</td>")
                .contains("<td>" + certificate.programmeName + "</td>")
                .contains("<td>初级技术经纪人结业证书</td>")
                .contains("<td>国家技术转移人才培养基地</td>")
                .contains("<td>" + chinese(today()) + "</td>")
                .contains("<td>" + chinese(today().plusYears(3)) + "</td>")
                .doesNotContain("撤销日期")
                .doesNotContain("<script")
                .doesNotContain(certificate.holderSubject)
                .doesNotContain(certificate.verificationCode)
                .doesNotContain(certificate.credential.substring(0, 20));
    }

    @Test
    void aRevokedCertificatesPageSaysSoWithTheDayAndAWrongCodeIsNotFound() {
        Certificate certificate = certified("杜甫");
        QuarkusTransaction.requiringNew()
                .run(() -> certificates.revoke(certificate.id, "证书信息有误", TrainingFixtures.ADMIN));
        String today = chinese(Instant.now().atZone(TrainingClock.CHINA).toLocalDate());

        String revoked = given().queryParam("code", certificate.verificationCode)
                .when()
                .get(page(certificate))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(revoked)
                .contains("证书查验结果：已撤销")
                .contains("<th scope=\"row\">撤销日期</th><td>" + today + "</td>")
                .doesNotContain("证书信息有误");

        given().queryParam("code", "WRONG234")
                .when()
                .get(page(certificate))
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/certificate-not-found"))
                .body("title", equalTo("证书不存在"));
        given().when().get(page(certificate)).then().statusCode(404);
    }

    @Test
    void printedValuesAreTextNeverMarkup() {
        var verification = new Certificates.Verification(
                CertificateStatus.VALID,
                "NTTB-2020-000001",
                "<script>alert(1)</script>",
                "培训班 & \"结业\"",
                BrokerLevel.PRIMARY,
                Certificate.ISSUER,
                today(),
                today().plusYears(3),
                null);

        assertThat(VerificationPage.of(verification))
                .doesNotContain("<script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("培训班 &amp; &quot;结业&quot;");
    }

    private Certificate certified(String name) {
        Cohort cohort = Cohort.taughtBy(TrainingFixtures.unique("page-teacher"));
        UUID enrolment = cohort.passed(TrainingFixtures.unique("page"), name);
        return QuarkusTransaction.requiringNew().call(() -> certificates.issue(enrolment, TrainingFixtures.ADMIN));
    }

    private static String page(Certificate certificate) {
        return "/api/training/certificate-verifications/" + certificate.number + "/page";
    }

    private static String chinese(LocalDate date) {
        return "%d年%d月%d日".formatted(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}
