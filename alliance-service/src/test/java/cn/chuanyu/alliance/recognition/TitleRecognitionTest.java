package cn.chuanyu.alliance.recognition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TitleRecognitionTest {

    private static final String RECOGNITIONS = "/api/alliance/title-recognitions";
    private static final Caller CHONGQING = new Caller("officer-chongqing", "chongqing", false);
    private static final Caller SECRETARIAT = new Caller("secretariat", null, true);

    @Inject
    TitleRecognitions recognitions;

    @Test
    @TestSecurity(
            user = "officer-chongqing",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chongqing"))
    void theRecognisingZoneRecordsARecognitionInChineseAndFindsItByFilters() {
        String name = "刘芳" + suffix();
        String reference = reference("渝高新职认");
        String location = pathOf(record(request(name, "chengdu", "chongqing", reference))
                .then()
                .statusCode(201)
                .header("Location", containsString(RECOGNITIONS + "/"))
                .body("status", equalTo("RECOGNISED"))
                .extract()
                .header("Location"));
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().when()
                .get(location)
                .then()
                .statusCode(200)
                .body("personName", equalTo(name))
                .body("title", equalTo("高级工程师"))
                .body("series", equalTo("工程技术"))
                .body("level", equalTo("DEPUTY_SENIOR"))
                .body("levelName", equalTo("副高级"))
                .body("issuingAuthority", equalTo("四川省人力资源和社会保障厅"))
                .body("referenceNumber", equalTo(reference))
                .body("recordedBy", equalTo("officer-chongqing"));

        int year = today().getYear();
        given().queryParam("zone", "chengdu")
                .queryParam("year", year)
                .queryParam("level", "DEPUTY_SENIOR")
                .queryParam("size", 100)
                .when()
                .get(RECOGNITIONS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().queryParam("zone", "zigong")
                .queryParam("size", 100)
                .when()
                .get(RECOGNITIONS)
                .then()
                .body("items.id", not(hasItem(id)));
        given().queryParam("zone", "chongqing")
                .queryParam("status", "REVOKED")
                .queryParam("size", 100)
                .when()
                .get(RECOGNITIONS)
                .then()
                .body("items.id", not(hasItem(id)));
        given().queryParam("year", year - 1)
                .queryParam("zone", "chongqing")
                .queryParam("size", 100)
                .when()
                .get(RECOGNITIONS)
                .then()
                .body("items.id", not(hasItem(id)));
        given().when().get(RECOGNITIONS).then().statusCode(200).body("page", equalTo(0));
    }

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void onlyTheRecognisingZoneRecordsAndRevokesAndWrongZonesChangeNothing() {
        String name = "黄磊" + suffix();
        record(request(name, "deyang", "chongqing", reference("渝高新职认")))
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("您是 chengdu 高新区的工作人员，不能代表 chongqing 高新区操作"));
        assertThat(storedWith(name)).isZero();

        UUID theirs = recordedBy(CHONGQING, "chengdu", "chongqing", reference("渝高新职认"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "成都方要求撤销"))
                .when()
                .post(RECOGNITIONS + "/" + theirs + "/revocation")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://chuanyu.cn/problems/forbidden"));
        assertThat(statusOf(theirs)).isEqualTo(RecognitionStatus.RECOGNISED);
    }

    @Test
    @TestSecurity(
            user = "officer-chongqing",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chongqing"))
    void aReferenceNumberIsUniqueWithinTheRecognisingZoneOnly() {
        String reference = reference("渝高新职认");
        record(request("马超" + suffix(), "chengdu", "chongqing", reference))
                .then()
                .statusCode(201);
        String second = "杨帆" + suffix();
        record(request(second, "mianyang", "chongqing", reference))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/reference-number-taken"))
                .body("detail", containsString(reference));
        assertThat(storedWith(second)).isZero();

        QuarkusTransaction.requiringNew()
                .run(() -> recognitions.record(
                        new TitleRecognitionRequest(
                                "杨帆" + suffix(),
                                "工程师",
                                "工程技术",
                                TitleLevel.INTERMEDIATE,
                                "chongqing",
                                "重庆市人力资源和社会保障局",
                                null,
                                "chengdu",
                                today(),
                                reference),
                        SECRETARIAT));
    }

    @Test
    @TestSecurity(
            user = "officer-chongqing",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chongqing"))
    void theRecognisingZoneRevokesWithAReasonOnce() {
        UUID id = recordedBy(CHONGQING, "chengdu", "chongqing", reference("渝高新职认"));
        revoke(id, Map.of("reason", " ")).then().statusCode(400).body("errors.field", hasItem("reason"));
        revoke(id, Map.of("reason", "材料不实", "version", 3))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/concurrent-modification"));
        assertThat(statusOf(id)).isEqualTo(RecognitionStatus.RECOGNISED);

        revoke(id, Map.of("reason", "原职称证书经核查存在材料不实，依规撤销认定", "version", 0))
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revocationReason", equalTo("原职称证书经核查存在材料不实，依规撤销认定"))
                .body("revokedBy", equalTo("officer-chongqing"));
        revoke(id, Map.of("reason", "再次撤销"))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/illegal-transition"))
                .body("detail", containsString("只有有效的职称互认可以撤销"));
        given().when().get(RECOGNITIONS + "/" + id).then().body("revocationReason", equalTo("原职称证书经核查存在材料不实，依规撤销认定"));
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void invalidRecognitionsAreRefusedAndNothingIsStored() {
        String name = "郑洁" + suffix();
        given().contentType(ContentType.JSON)
                .body(Map.of("personName", name, "title", " "))
                .when()
                .post(RECOGNITIONS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        hasItems(
                                "title",
                                "series",
                                "level",
                                "issuingZone",
                                "issuingAuthority",
                                "recognisingZone",
                                "recognisedOn",
                                "referenceNumber"));
        var badLevel = request(name, "chengdu", "chongqing", reference("渝"));
        badLevel.put("level", "教授");
        record(badLevel).then().statusCode(400).body("type", equalTo("https://chuanyu.cn/problems/malformed-body"));
        record(request(name, "chengdu", "atlantis", reference("渝")))
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/unknown-zone"));
        record(request(name, "chongqing", "chongqing", reference("渝")))
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/same-zone"));
        var future = request(name, "chengdu", "chongqing", reference("渝"));
        future.put("recognisedOn", today().plusDays(3).toString());
        record(future).then().statusCode(400).body("type", equalTo("https://chuanyu.cn/problems/invalid-dates"));
        var backwards = request(name, "chengdu", "chongqing", reference("渝"));
        backwards.put("obtainedOn", today().plusDays(1).toString());
        backwards.put("recognisedOn", today().toString());
        record(backwards).then().statusCode(400).body("type", equalTo("https://chuanyu.cn/problems/invalid-dates"));
        assertThat(storedWith(name)).isZero();
    }

    @Test
    void concurrentRecordsOfOneReferenceCannotBothLand() throws Exception {
        String reference = reference("荣高新职认");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Object> outcomes = new ArrayList<>();
        try {
            Callable<Object> attempt = () -> {
                try {
                    return QuarkusTransaction.requiringNew()
                            .call(() -> recognitions.record(
                                            new TitleRecognitionRequest(
                                                    "何静" + suffix(),
                                                    "高级农艺师",
                                                    "农业技术",
                                                    TitleLevel.DEPUTY_SENIOR,
                                                    "neijiang",
                                                    "四川省人力资源和社会保障厅",
                                                    null,
                                                    "rongchang",
                                                    today(),
                                                    reference),
                                            SECRETARIAT)
                                    .id);
                } catch (ProblemException refused) {
                    return refused.problem().type().toString();
                }
            };
            for (Future<Object> f : pool.invokeAll(List.of(attempt, attempt, attempt, attempt))) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(outcomes).filteredOn(UUID.class::isInstance).hasSize(1);
        assertThat(outcomes)
                .filteredOn(String.class::isInstance)
                .hasSize(3)
                .containsOnly("https://chuanyu.cn/problems/reference-number-taken");
        assertThat(QuarkusTransaction.requiringNew().call(() -> TitleRecognition.count("referenceNumber", reference)))
                .isEqualTo(1);
    }

    @Test
    void thePublicSummaryCountsRecognitionsPerZonePairWithoutNames() {
        int year = today().getYear();
        String kept = "钱磊" + suffix();
        String withdrawn = "孔丽" + suffix();
        Map<String, Object> before = summaryOf(year, "zigong", "leshan");
        QuarkusTransaction.requiringNew().run(() -> {
            for (String name : List.of(kept, withdrawn)) {
                TitleRecognition r = recognitions.record(
                        new TitleRecognitionRequest(
                                name,
                                "正高级工程师",
                                "工程技术",
                                TitleLevel.FULL_SENIOR,
                                "zigong",
                                "四川省人力资源和社会保障厅",
                                null,
                                "leshan",
                                today(),
                                reference("乐高新职认")),
                        SECRETARIAT);
                if (name.equals(withdrawn)) {
                    recognitions.revoke(r.id, new RevocationRequest("认定有误", null), SECRETARIAT);
                }
            }
        });
        Map<String, Object> after = summaryOf(year, "zigong", "leshan");
        assertThat(count(after, "inForce") - count(before, "inForce")).isEqualTo(1);
        assertThat(count(after, "revoked") - count(before, "revoked")).isEqualTo(1);
        assertThat(after).containsEntry("issuingZoneName", "自贡高新区").containsEntry("recognisingZoneName", "乐山高新区");

        String everything = given().queryParam("size", 100)
                .when()
                .get(RECOGNITIONS + "/yearly-summary")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(everything)
                .doesNotContain(kept)
                .doesNotContain(withdrawn)
                .doesNotContain("personName")
                .doesNotContain("认定有误");
    }

    @Test
    void anonymousCallersReadOnlyThePublicSummary() {
        record(request("匿名" + suffix(), "chengdu", "chongqing", reference("渝")))
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().when().get(RECOGNITIONS).then().statusCode(401);
        given().when().get(RECOGNITIONS + "/yearly-summary").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "fancong", roles = "researcher")
    void otherRolesCannotRecordOrSeeTheNamedListing() {
        given().when().get(RECOGNITIONS).then().statusCode(403);
        record(request("某人" + suffix(), "chengdu", "chongqing", reference("渝")))
                .then()
                .statusCode(403);
    }

    @Test
    void theOpenApiDocumentDescribesTheRecognitionOperations() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/alliance/title-recognitions'.post.operationId", equalTo("recordTitleRecognition"))
                .body("paths.'/api/alliance/title-recognitions'.get.operationId", equalTo("listTitleRecognitions"))
                .body(
                        "paths.'/api/alliance/title-recognitions/{id}/revocation'.post.operationId",
                        equalTo("revokeTitleRecognition"))
                .body(
                        "paths.'/api/alliance/title-recognitions/yearly-summary'.get.operationId",
                        equalTo("titleRecognitionYearlySummary"));
    }

    private UUID recordedBy(Caller caller, String issuing, String recognising, String reference) {
        return QuarkusTransaction.requiringNew()
                .call(() -> recognitions.record(
                                new TitleRecognitionRequest(
                                        "孙丽" + suffix(),
                                        "高级工程师",
                                        "工程技术",
                                        TitleLevel.DEPUTY_SENIOR,
                                        issuing,
                                        "四川省人力资源和社会保障厅",
                                        LocalDate.of(2019, 12, 20),
                                        recognising,
                                        today(),
                                        reference),
                                caller)
                        .id);
    }

    private static RecognitionStatus statusOf(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> TitleRecognition.<TitleRecognition>findById(id).status);
    }

    private static long storedWith(String name) {
        return QuarkusTransaction.requiringNew().call(() -> TitleRecognition.count("personName", name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> summaryOf(int year, String issuing, String recognising) {
        List<Map<String, Object>> rows = given().queryParam("year", year)
                .queryParam("size", 100)
                .when()
                .get(RECOGNITIONS + "/yearly-summary")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return rows.stream()
                .filter(r -> issuing.equals(r.get("issuingZone")) && recognising.equals(r.get("recognisingZone")))
                .findFirst()
                .orElse(Map.of());
    }

    private static long count(Map<String, Object> row, String field) {
        return row.containsKey(field) ? ((Number) row.get(field)).longValue() : 0;
    }

    private static Response record(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(RECOGNITIONS);
    }

    private static Response revoke(UUID id, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(RECOGNITIONS + "/" + id + "/revocation");
    }

    private static Map<String, Object> request(String name, String issuing, String recognising, String reference) {
        var body = new HashMap<String, Object>();
        body.put("personName", name);
        body.put("title", "高级工程师");
        body.put("series", "工程技术");
        body.put("level", "DEPUTY_SENIOR");
        body.put("issuingZone", issuing);
        body.put("issuingAuthority", "四川省人力资源和社会保障厅");
        body.put("obtainedOn", "2019-12-20");
        body.put("recognisingZone", recognising);
        body.put("recognisedOn", today().toString());
        body.put("referenceNumber", reference);
        return body;
    }

    /** A reference number in the zones' style, e.g. 渝高新职认〔2021〕1a2b3c4d号, unique per test. */
    private static String reference(String prefix) {
        return prefix + "〔" + today().getYear() + "〕"
                + UUID.randomUUID().toString().substring(0, 8) + "号";
    }

    private static LocalDate today() {
        return LocalDate.now(AllianceClock.CHINA);
    }

    private static String suffix() {
        return "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * The path of a {@code Location}: the service builds it on its public origin ({@code chuanyu.web.public-base-url}),
     * never on the request's host, so the test follows the path on the server under test.
     */
    private static String pathOf(String location) {
        return URI.create(location).getRawPath();
    }
}
