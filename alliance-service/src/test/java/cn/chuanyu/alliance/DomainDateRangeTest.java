package cn.chuanyu.alliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.alliance.recognition.TitleRecognition;
import cn.chuanyu.alliance.release.CollectionRound;
import cn.chuanyu.alliance.secondment.Secondment;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Dates outside what the alliance's domain allows are refused field by field, and nothing is stored. */
@QuarkusTest
@TestSecurity(user = "secretariat", roles = "alliance-secretariat")
class DomainDateRangeTest {

    @Test
    void aCollectionRoundBeforeTheAllianceOrAfter2100IsRefused() {
        String name = "越界的轮次 " + UUID.randomUUID();
        refused(
                "/api/alliance/collection-rounds",
                Map.of(
                        "name",
                        name,
                        "periodStart",
                        "2019-10-01",
                        "periodEnd",
                        "2019-12-31",
                        "submissionDeadline",
                        "2101-01-01"),
                "periodEnd",
                "periodStart",
                "submissionDeadline");
        assertThat(QuarkusTransaction.requiringNew().call(() -> CollectionRound.count("name", name)))
                .isZero();
    }

    @Test
    void aSecondmentBeforeTheAllianceIsRefused() {
        String name = "越界挂职 " + UUID.randomUUID();
        var body = new HashMap<String, Object>(Map.of(
                "personName", name,
                "position", "副局长",
                "kind", "CADRE",
                "homeZone", "chengdu",
                "hostZone", "chongqing",
                "startsOn", "2019-03-01",
                "endsOn", "2019-08-31",
                "purpose", "交流"));
        refused("/api/alliance/secondments", body, "endsOn", "startsOn");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Secondment.count("personName", name)))
                .isZero();
    }

    @Test
    void aRecognitionBeforeTheAllianceOrATitleBefore1950IsRefused() {
        String name = "越界认定 " + UUID.randomUUID();
        var body = new HashMap<String, Object>(Map.of(
                "personName", name,
                "title", "高级工程师",
                "series", "工程技术",
                "level", "DEPUTY_SENIOR",
                "issuingZone", "chengdu",
                "issuingAuthority", "四川省人力资源和社会保障厅",
                "obtainedOn", "1949-12-31",
                "recognisingZone", "chongqing",
                "recognisedOn", "2019-12-31",
                "referenceNumber", "渝高新职认〔2019〕" + UUID.randomUUID().toString().substring(0, 8)));
        refused("/api/alliance/title-recognitions", body, "obtainedOn", "recognisedOn");
        assertThat(QuarkusTransaction.requiringNew().call(() -> TitleRecognition.count("personName", name)))
                .isZero();
    }

    private static void refused(String path, Map<String, Object> body, String... fields) {
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/validation"))
                .body("errors.field", contains(fields));
    }
}
