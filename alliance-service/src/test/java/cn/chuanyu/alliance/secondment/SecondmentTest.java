package cn.chuanyu.alliance.secondment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.TopicRecorder;
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
class SecondmentTest {

    private static final String SECONDMENTS = "/api/alliance/secondments";
    private static final Caller CHENGDU = new Caller("officer-chengdu", "chengdu", false);
    private static final Caller CHONGQING = new Caller("officer-chongqing", "chongqing", false);
    private static final Caller SECRETARIAT = new Caller("secretariat", null, true);

    @Inject
    Secondments secondments;

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void aHomeZoneOfficerProposesInChineseAndTheProposalReadsBackUntouched() {
        String name = "张明" + suffix();
        Map<String, Object> body = request(name, "chengdu", "chongqing", today().plusMonths(1), today().plusMonths(7));
        String location = pathOf(propose(body)
                .then()
                .statusCode(201)
                .header("Location", containsString(SECONDMENTS + "/"))
                .body("status", equalTo("PROPOSED"))
                .body("active", equalTo(false))
                .extract()
                .header("Location"));
        given().when()
                .get(location)
                .then()
                .statusCode(200)
                .body("personName", equalTo(name))
                .body("position", equalTo("成都高新区科技创新局副局长"))
                .body("kind", equalTo("CADRE"))
                .body("hostPost", equalTo("重庆高新区改革发展局副局长（挂职）"))
                .body("purpose", equalTo("交流科技创新政策与园区党建工作经验，推动成渝两地高新区协同发展"))
                .body("startsOn", equalTo(today().plusMonths(1).toString()))
                .body("proposedBy", equalTo("officer-chengdu"))
                .body("decidedBy", nullValue());
        given().queryParam("size", 100)
                .when()
                .get(SECONDMENTS)
                .then()
                .statusCode(200)
                .body("size", equalTo(100));
    }

    @Test
    @TestSecurity(
            user = "officer-chongqing",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chongqing"))
    void theHostZoneAcceptsAndTheSecondmentIsActiveBetweenItsDates() {
        UUID running = proposedBy(CHENGDU, "chengdu", "chongqing", today().minusDays(1), today().plusMonths(6));
        UUID later = proposedBy(CHENGDU, "chengdu", "chongqing", today().plusMonths(2), today().plusMonths(8));

        given().contentType(ContentType.JSON)
                .body(Map.of("note", "同意接收，安排在改革发展局"))
                .when()
                .post(SECONDMENTS + "/" + running + "/acceptance")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("active", equalTo(true))
                .body("decidedBy", equalTo("officer-chongqing"))
                .body("decisionNote", equalTo("同意接收，安排在改革发展局"));
        given().contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post(SECONDMENTS + "/" + later + "/acceptance")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("active", equalTo(false));

        given().queryParam("zone", "chongqing")
                .queryParam("active", true)
                .queryParam("size", 100)
                .when()
                .get(SECONDMENTS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(running.toString()))
                .body("items.id", not(hasItem(later.toString())));
        given().queryParam("zone", "chengdu")
                .queryParam("status", "ACCEPTED")
                .queryParam("year", today().plusMonths(8).getYear())
                .queryParam("size", 100)
                .when()
                .get(SECONDMENTS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(later.toString()));
        given().queryParam("zone", "zigong")
                .when()
                .get(SECONDMENTS)
                .then()
                .body("items.id", not(hasItem(running.toString())));
        given().queryParam("year", 2001)
                .queryParam("zone", "chengdu")
                .when()
                .get(SECONDMENTS)
                .then()
                .body("total", equalTo(0));
    }

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void anOfficerActsOnlyForTheirOwnSideAndWrongZonesChangeNothing() {
        String name = "李华" + suffix();
        propose(request(name, "chongqing", "chengdu", today().plusMonths(1), today().plusMonths(7)))
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("您是 chengdu 高新区的工作人员，不能代表 chongqing 高新区操作"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Secondment.count("personName", name)))
                .isZero();

        String id = propose(request(name, "chengdu", "chongqing", today().plusMonths(1), today().plusMonths(7)))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        decide(id, "acceptance").then().statusCode(403).body("type", equalTo("https://chuanyu.cn/problems/forbidden"));
        decide(id, "declination").then().statusCode(403);
        assertThat(statusOf(id)).isEqualTo(SecondmentStatus.PROPOSED);

        UUID inbound = proposedBy(CHONGQING, "chongqing", "chengdu", today().plusMonths(1), today().plusMonths(7));
        decide(inbound.toString(), "cancellation").then().statusCode(403);
        assertThat(statusOf(inbound.toString())).isEqualTo(SecondmentStatus.PROPOSED);
    }

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void theHomeZoneCancelsOnlyAProposalThatHasNotStartedAndIllegalStepsNameTheirRule() {
        String id = propose(request("王强" + suffix(), "chengdu", "bishan", today().plusDays(10), today().plusMonths(6)))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        decide(id, "cancellation")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("decidedBy", equalTo("officer-chengdu"));
        decide(id, "cancellation")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/illegal-transition"))
                .body("detail", containsString("只有已提议的挂职可以撤销"));
        var refused =
                assertThrows(ProblemException.class, () -> secondments.accept(UUID.fromString(id), null, SECRETARIAT));
        assertThat(refused.problem().detail()).contains("只有已提议的挂职可以接收");
        assertThat(statusOf(id)).isEqualTo(SecondmentStatus.CANCELLED);

        String started = propose(request("赵敏" + suffix(), "chengdu", "bishan", today(), today().plusMonths(6)))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        decide(started, "cancellation")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/illegal-transition"))
                .body("detail", containsString("提议只能在挂职开始前撤销"));
        assertThat(statusOf(started)).isEqualTo(SecondmentStatus.PROPOSED);
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void invalidProposalsAreRefusedAndNothingIsStored() {
        String name = "刘洋" + suffix();
        given().contentType(ContentType.JSON)
                .body(Map.of("personName", name, "kind", "ENGINEER"))
                .when()
                .post(SECONDMENTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/malformed-body"));
        given().contentType(ContentType.JSON)
                .body(Map.of("personName", name, "position", " "))
                .when()
                .post(SECONDMENTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        hasItems("position", "kind", "homeZone", "hostZone", "startsOn", "endsOn", "purpose"));
        propose(request(name, "chengdu", "atlantis", today(), today().plusMonths(6)))
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/unknown-zone"));
        propose(request(name, "chengdu", "chengdu", today(), today().plusMonths(6)))
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/same-zone"));
        propose(request(name, "chengdu", "chongqing", today(), today().minusDays(1)))
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-dates"));
        given().queryParam("year", 1999)
                .when()
                .get(SECONDMENTS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("year"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Secondment.count("personName", name)))
                .isZero();
    }

    @Test
    @TestSecurity(
            user = "officer-chongqing",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chongqing"))
    void aDecisionOnAStaleVersionIsRefused() {
        UUID id = proposedBy(CHENGDU, "chengdu", "chongqing", today().plusMonths(1), today().plusMonths(7));
        given().contentType(ContentType.JSON)
                .body(Map.of("version", 7))
                .when()
                .post(SECONDMENTS + "/" + id + "/acceptance")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/concurrent-modification"));
        assertThat(statusOf(id.toString())).isEqualTo(SecondmentStatus.PROPOSED);
        given().contentType(ContentType.JSON)
                .body(Map.of("version", 0, "note", "编制已满，暂不接收"))
                .when()
                .post(SECONDMENTS + "/" + id + "/declination")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("version", equalTo(1));
    }

    @Test
    void concurrentAcceptAndDeclineCannotBothSucceed() throws Exception {
        UUID id = proposedBy(CHENGDU, "chengdu", "yongchuan", today().plusMonths(1), today().plusMonths(7));
        Caller yongchuan = new Caller("officer-yongchuan", "yongchuan", false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<SecondmentStatus> landed;
        try {
            List<Callable<SecondmentStatus>> attempts = List.of(
                    () -> attempt(() -> secondments.accept(id, null, yongchuan).status),
                    () -> attempt(() -> secondments.decline(id, null, yongchuan).status),
                    () -> attempt(() -> secondments.accept(id, null, SECRETARIAT).status),
                    () -> attempt(() -> secondments.decline(id, null, SECRETARIAT).status));
            landed = new ArrayList<>();
            for (Future<SecondmentStatus> f : pool.invokeAll(attempts)) {
                if (f.get() != null) {
                    landed.add(f.get());
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(landed).hasSize(1);
        assertThat(statusOf(id.toString())).isEqualTo(landed.get(0));
    }

    @Test
    void thePublicSummaryCountsAcceptedSecondmentsPerZonePairWithoutNames() {
        int year = 2040 + (int) (Math.random() * 50);
        LocalDate start = LocalDate.of(year, 3, 1);
        String cadre = "陈静" + suffix();
        String engineer = "周伟" + suffix();
        String proposedOnly = "吴芳" + suffix();
        Map<String, Object> before = summaryOf(year, "luzhou", "rongchang");
        QuarkusTransaction.requiringNew().run(() -> {
            for (String name : List.of(cadre, engineer)) {
                var request = new SecondmentRequest(
                        name,
                        "泸州高新区经济发展局科长",
                        name.equals(cadre) ? SecondmentKind.CADRE : SecondmentKind.TECHNICAL,
                        "luzhou",
                        "rongchang",
                        null,
                        start,
                        start.plusMonths(6).minusDays(1),
                        "交流产业招商经验");
                secondments.accept(secondments.propose(request, SECRETARIAT).id, null, SECRETARIAT);
            }
            secondments.propose(
                    new SecondmentRequest(
                            proposedOnly,
                            "工程师",
                            SecondmentKind.TECHNICAL,
                            "luzhou",
                            "rongchang",
                            null,
                            start,
                            start.plusMonths(6),
                            "技术交流"),
                    SECRETARIAT);
        });
        Map<String, Object> after = summaryOf(year, "luzhou", "rongchang");
        assertThat(count(after, "cadres") - count(before, "cadres")).isEqualTo(1);
        assertThat(count(after, "technicalStaff") - count(before, "technicalStaff"))
                .isEqualTo(1);
        assertThat(count(after, "total") - count(before, "total")).isEqualTo(2);
        assertThat(after).containsEntry("homeZoneName", "泸州高新区").containsEntry("hostZoneName", "荣昌高新区");

        String everything = given().queryParam("size", 100)
                .when()
                .get(SECONDMENTS + "/yearly-summary")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(everything)
                .contains("\"year\":" + year)
                .doesNotContain(cadre)
                .doesNotContain(engineer)
                .doesNotContain(proposedOnly)
                .doesNotContain("personName");
    }

    @Test
    void anonymousCallersReadOnlyThePublicSummary() {
        propose(request("匿名" + suffix(), "chengdu", "chongqing", today(), today().plusMonths(6)))
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().when().get(SECONDMENTS).then().statusCode(401);
        given().when().get(SECONDMENTS + "/" + UUID.randomUUID()).then().statusCode(401);
        given().when().get(SECONDMENTS + "/yearly-summary").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "fancong", roles = "researcher")
    void otherRolesCannotSeeTheNamedListing() {
        given().when().get(SECONDMENTS).then().statusCode(403);
    }

    @Test
    void theOpenApiDocumentDescribesTheSecondmentOperations() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/alliance/secondments'.post.operationId", equalTo("proposeSecondment"))
                .body("paths.'/api/alliance/secondments'.get.operationId", equalTo("listSecondments"))
                .body("paths.'/api/alliance/secondments/{id}/acceptance'.post.operationId", equalTo("acceptSecondment"))
                .body(
                        "paths.'/api/alliance/secondments/{id}/declination'.post.operationId",
                        equalTo("declineSecondment"))
                .body(
                        "paths.'/api/alliance/secondments/{id}/cancellation'.post.operationId",
                        equalTo("cancelSecondment"))
                .body(
                        "paths.'/api/alliance/secondments/yearly-summary'.get.operationId",
                        equalTo("secondmentYearlySummary"))
                // public: it states an empty security requirement (no token), as every public operation does
                .body("paths.'/api/alliance/secondments/yearly-summary'.get.security", empty());
    }

    /** The status a decision reached, or null when it was refused. */
    @Test
    @TestSecurity(
            user = "officer-chongqing",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chongqing"))
    void aProposalAndItsAnswerArePublishedOnTheInternalTopicForTheOtherZone() throws Exception {
        try (var topic = TopicRecorder.of(SecondmentEvents.TOPIC)) {
            UUID id = proposedBy(CHENGDU, "chengdu", "chongqing", today().plusMonths(1), today().plusMonths(7));
            var proposed = topic.awaitEventAbout(id.toString(), SecondmentEvents.PROPOSED);
            EventSchemas.assertConforms(proposed);
            assertThat(proposed.data())
                    .contains("\"personName\":\"孙丽")
                    .contains("\"kind\":\"TECHNICAL\"")
                    .contains("\"homeZone\":\"chengdu\"")
                    .contains("\"hostZone\":\"chongqing\"")
                    .contains("\"proposedBy\":\"officer-chengdu\"");

            given().contentType(ContentType.JSON)
                    .body(Map.of("note", "同意接收，安排在改革发展局"))
                    .when()
                    .post(SECONDMENTS + "/" + id + "/acceptance")
                    .then()
                    .statusCode(200);
            var answered = topic.awaitEventAbout(id.toString(), SecondmentEvents.ANSWERED);
            EventSchemas.assertConforms(answered);
            assertThat(answered.data())
                    .contains("\"answer\":\"ACCEPTED\"")
                    .contains("\"answeredBy\":\"officer-chongqing\"")
                    .contains("\"note\":\"同意接收，安排在改革发展局\"");
        }
    }

    private static SecondmentStatus attempt(Callable<SecondmentStatus> decision) {
        try {
            return QuarkusTransaction.requiringNew().call(decision);
        } catch (RuntimeException refused) {
            return null;
        }
    }

    private UUID proposedBy(Caller caller, String home, String host, LocalDate from, LocalDate until) {
        return QuarkusTransaction.requiringNew()
                .call(() -> secondments.propose(
                                new SecondmentRequest(
                                        "孙丽" + suffix(),
                                        "高级工程师",
                                        SecondmentKind.TECHNICAL,
                                        home,
                                        host,
                                        null,
                                        from,
                                        until,
                                        "开展技术交流与项目对接"),
                                caller)
                        .id);
    }

    private static SecondmentStatus statusOf(String id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Secondment.<Secondment>findById(UUID.fromString(id)).status);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> summaryOf(int year, String home, String host) {
        List<Map<String, Object>> rows = given().queryParam("year", year)
                .queryParam("size", 100)
                .when()
                .get(SECONDMENTS + "/yearly-summary")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return rows.stream()
                .filter(r -> home.equals(r.get("homeZone")) && host.equals(r.get("hostZone")))
                .findFirst()
                .orElse(Map.of());
    }

    private static long count(Map<String, Object> row, String field) {
        return row.containsKey(field) ? ((Number) row.get(field)).longValue() : 0;
    }

    private static Response propose(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(SECONDMENTS);
    }

    private static Response decide(String id, String step) {
        return given().contentType(ContentType.JSON).body("{}").when().post(SECONDMENTS + "/" + id + "/" + step);
    }

    private static Map<String, Object> request(String name, String home, String host, LocalDate from, LocalDate until) {
        var body = new HashMap<String, Object>();
        body.put("personName", name);
        body.put("position", "成都高新区科技创新局副局长");
        body.put("kind", "CADRE");
        body.put("homeZone", home);
        body.put("hostZone", host);
        body.put("hostPost", "重庆高新区改革发展局副局长（挂职）");
        body.put("startsOn", from.toString());
        body.put("endsOn", until.toString());
        body.put("purpose", "交流科技创新政策与园区党建工作经验，推动成渝两地高新区协同发展");
        return body;
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
