package cn.chuanyu.alliance.board;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.zone.Zone;
import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.TopicRecorder;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Optional moderation (审核): luzhou's items need the secretariat's approval while a test runs, never after. */
@QuarkusTest
class ModerationTest {

    private static final String ITEMS = "/api/alliance/board-items";
    private static final String ZONE = "luzhou";
    private static final Caller SECRETARIAT = new Caller("secretariat", null, true);
    private static final Caller LUZHOU = new Caller("officer-luzhou", ZONE, false);

    @Inject
    BoardItems items;

    @AfterEach
    void moderationOff() {
        moderation(false);
    }

    @Test
    @TestSecurity(
            user = "officer-luzhou",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = ZONE))
    void inAModeratedZoneAnOfficersItemWaitsIsReturnedWithAReasonEditedAndApproved() throws Exception {
        moderation(true);
        String title = "泸州白酒酿造废水处理技术需求" + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON)
                .body(demand(title, null))
                .when()
                .post(ITEMS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        try (var notices = TopicRecorder.of(BoardEvents.NOTICES_TOPIC)) {
            given().when()
                    .post(ITEMS + "/" + id + "/publication")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("SUBMITTED"))
                    .body("submittedAt", notNullValue())
                    .body("publishedAt", nullValue());
            var submitted = notices.awaitEventAbout(id, BoardEvents.SUBMITTED);
            EventSchemas.assertConforms(submitted);
            assertThat(submitted.data())
                    .contains("\"submittedBy\":\"officer-luzhou\"")
                    .contains(title);
        }
        assertNotOnThePublicBoard(id, title);
        given().queryParam("status", "SUBMITTED")
                .when()
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        // a submitted item cannot be edited nor published twice
        given().contentType(ContentType.JSON)
                .body(demand(title, 1L))
                .when()
                .put(ITEMS + "/" + id)
                .then()
                .statusCode(409);
        given().when().post(ITEMS + "/" + id + "/publication").then().statusCode(409);

        String reason = "请补充联系电话，\n并说明废水的化学需氧量（COD）指标";
        try (var notices = TopicRecorder.of(BoardEvents.NOTICES_TOPIC)) {
            QuarkusTransaction.requiringNew()
                    .run(() -> items.returnToDraft(UUID.fromString(id), new ReturnRequest(reason), SECRETARIAT));
            var returned = notices.awaitEventAbout(id, BoardEvents.RETURNED);
            EventSchemas.assertConforms(returned);
            assertThat(returned.data()).contains("COD").contains("\"returnedBy\":\"secretariat\"");
        }
        int version = given().when()
                .get(ITEMS + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("returnReason", equalTo(reason))
                .body("returnedAt", notNullValue())
                .extract()
                .path("version");
        assertNotOnThePublicBoard(id, title);

        given().contentType(ContentType.JSON)
                .body(demand(title, (long) version))
                .when()
                .put(ITEMS + "/" + id)
                .then()
                .statusCode(200)
                .body("returnReason", equalTo(reason));
        given().when()
                .post(ITEMS + "/" + id + "/publication")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));

        try (var board = TopicRecorder.of(BoardEvents.TOPIC)) {
            QuarkusTransaction.requiringNew().run(() -> items.approve(UUID.fromString(id), SECRETARIAT));
            EventSchemas.assertConforms(board.awaitEventAbout(id, BoardEvents.PUBLISHED));
        }
        given().when()
                .get(ITEMS + "/" + id)
                .then()
                .body("status", equalTo("PUBLISHED"))
                .body("returnReason", nullValue());
        given().queryParam("q", title).when().get(ITEMS).then().body("items.id", hasItem(id));
    }

    @Test
    @TestSecurity(
            user = "officer-luzhou-2",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = ZONE))
    void anOfficerOfTheZoneTakesBackASubmittedItemBeforeTheSecretariatDecides() throws Exception {
        UUID submitted = submittedByTheZone("泸州撤回修改的需求");

        try (var notices = TopicRecorder.of(BoardEvents.NOTICES_TOPIC)) {
            given().when()
                    .post(ITEMS + "/" + submitted + "/recall")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("DRAFT"))
                    .body("publishedAt", nullValue());
            var recalled = notices.awaitEventAbout(submitted.toString(), BoardEvents.RECALLED);
            EventSchemas.assertConforms(recalled);
            assertThat(recalled.data())
                    .contains("\"submittedBy\":\"officer-luzhou\"")
                    .contains("\"recalledBy\":\"officer-luzhou-2\"")
                    .contains("泸州撤回修改的需求");
        }
        given().queryParam("status", "SUBMITTED")
                .queryParam("zone", ZONE)
                .when()
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(submitted.toString())));
        given().when()
                .post(ITEMS + "/" + submitted + "/recall")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("只有待审核的条目可以撤回；条目 " + submitted + " 当前为 DRAFT"));
        assertThatThrownBy(() -> items.approve(submitted, SECRETARIAT)).isInstanceOf(ProblemException.class);

        // a draft again: edited and submitted anew
        int version =
                given().when().get(ITEMS + "/" + submitted).then().extract().path("version");
        given().contentType(ContentType.JSON)
                .body(demand("泸州撤回修改的需求（补充指标）", (long) version))
                .when()
                .put(ITEMS + "/" + submitted)
                .then()
                .statusCode(200);
        given().when()
                .post(ITEMS + "/" + submitted + "/publication")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void theSecretariatReturnsWithAReasonRatherThanRecalls() {
        UUID submitted = submittedByTheZone("泸州秘书处不能撤回的需求");
        given().when().post(ITEMS + "/" + submitted + "/recall").then().statusCode(403);
        assertThat(status(submitted)).isEqualTo(BoardItemStatus.SUBMITTED);
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void theSecretariatSetsModerationPublishesWithoutWaitingAndReturnsOnlyWithAReason() throws Exception {
        try (var notices = TopicRecorder.of(BoardEvents.NOTICES_TOPIC)) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("required", true))
                    .when()
                    .put("/api/alliance/zones/" + ZONE + "/moderation")
                    .then()
                    .statusCode(200)
                    .body("moderationRequired", equalTo(true));
            var changed = notices.awaitEventAbout(ZONE, "cn.chuanyu.alliance.zone.moderation-changed.v1");
            EventSchemas.assertConforms(changed);
            assertThat(changed.data())
                    .contains("\"moderationRequired\":true")
                    .contains("\"changedBy\":\"secretariat\"");
            // a repeat changes nothing and tells nobody
            given().contentType(ContentType.JSON)
                    .body(Map.of("required", true))
                    .when()
                    .put("/api/alliance/zones/" + ZONE + "/moderation")
                    .then()
                    .statusCode(200);
            Thread.sleep(1500);
            assertThat(notices.matching(e ->
                            ZONE.equals(e.key()) && "cn.chuanyu.alliance.zone.moderation-changed.v1".equals(e.type())))
                    .hasSize(1);
        }
        given().when().get("/api/alliance/zones/" + ZONE).then().body("moderationRequired", equalTo(true));
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .when()
                .put("/api/alliance/zones/" + ZONE + "/moderation")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("required", false))
                .when()
                .put("/api/alliance/zones/atlantis/moderation")
                .then()
                .statusCode(404);
        given().when().get("/api/alliance/zones/" + ZONE).then().body("moderationRequired", equalTo(true));

        // the secretariat's own publication is never held
        String own = drafted("泸州秘书处代发资源");
        given().when()
                .post(ITEMS + "/" + own + "/publication")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        given().when().post(ITEMS + "/" + own + "/approval").then().statusCode(409);

        UUID submitted = submittedByTheZone("泸州待审核需求");
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", " "))
                .when()
                .post(ITEMS + "/" + submitted + "/return")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("reason"));
        given().queryParam("status", "SUBMITTED")
                .when()
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(submitted.toString()));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "标题请写明具体技术方向"))
                .when()
                .post(ITEMS + "/" + submitted + "/return")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("returnReason", equalTo("标题请写明具体技术方向"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "再次退回"))
                .when()
                .post(ITEMS + "/" + submitted + "/return")
                .then()
                .statusCode(409)
                .body("type", containsString("/illegal-transition"));
        given().when()
                .post(ITEMS + "/" + UUID.randomUUID() + "/approval")
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void officersNeitherModerateNorSeeAnotherZonesSubmittedItems() {
        moderation(true);
        UUID submitted = submittedByTheZone("泸州他区不可见需求");
        given().contentType(ContentType.JSON)
                .body(Map.of("required", false))
                .when()
                .put("/api/alliance/zones/chengdu/moderation")
                .then()
                .statusCode(403);
        given().when().post(ITEMS + "/" + submitted + "/approval").then().statusCode(403);
        // another zone's item awaiting approval is not found, to a write as to a read
        given().when().post(ITEMS + "/" + submitted + "/recall").then().statusCode(404);
        given().when().post(ITEMS + "/" + submitted + "/publication").then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "越权退回"))
                .when()
                .post(ITEMS + "/" + submitted + "/return")
                .then()
                .statusCode(403);
        given().when().get(ITEMS + "/" + submitted).then().statusCode(404);
        given().queryParam("status", "SUBMITTED")
                .queryParam("zone", ZONE)
                .when()
                .get(ITEMS)
                .then()
                .statusCode(403);
        assertThatThrownBy(() -> items.approve(submitted, new Caller("officer-chengdu", "chengdu", false)))
                .isInstanceOf(ProblemException.class);
        assertThat(status(submitted)).isEqualTo(BoardItemStatus.SUBMITTED);
    }

    private static void assertNotOnThePublicBoard(String id, String title) {
        given().queryParam("q", title).when().get(ITEMS).then().statusCode(200).body("items.id", not(hasItem(id)));
        given().queryParam("status", "EXPIRED")
                .queryParam("zone", ZONE)
                .when()
                .get(ITEMS)
                .then()
                .body("items.id", not(hasItem(id)));
    }

    private UUID submittedByTheZone(String title) {
        return QuarkusTransaction.requiringNew().call(() -> {
            moderation(true);
            BoardItem item = items.draft(request(title), LUZHOU);
            return items.publish(item.id, LUZHOU).id;
        });
    }

    private String drafted(String title) {
        return QuarkusTransaction.requiringNew()
                .call(() -> items.draft(request(title), SECRETARIAT).id)
                .toString();
    }

    private static BoardItemStatus status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> BoardItem.<BoardItem>findById(id).status);
    }

    private static void moderation(boolean required) {
        QuarkusTransaction.requiringNew().run(() -> Zone.<Zone>findById(ZONE).moderationRequired = required);
    }

    private static BoardItemRequest request(String title) {
        LocalDate today = LocalDate.now(AllianceClock.CHINA);
        return new BoardItemRequest(
                ZONE,
                BoardItemKind.DEMAND,
                title,
                title + "：详细说明",
                List.of("白酒"),
                List.of(),
                "张科长",
                null,
                null,
                today.minusDays(1),
                today.plusMonths(3),
                null);
    }

    private static Map<String, Object> demand(String title, Long version) {
        LocalDate today = LocalDate.now(AllianceClock.CHINA);
        Map<String, Object> body = new HashMap<>();
        body.put("zone", ZONE);
        body.put("kind", "DEMAND");
        body.put("title", title);
        body.put("description", "酒企寻求高浓度有机废水处理的成熟工艺。");
        body.put("industries", List.of("白酒", "环保"));
        body.put("contactName", "张科长");
        body.put("contactPhone", "0830-1234567");
        body.put("validFrom", today.minusDays(1).toString());
        body.put("validUntil", today.plusMonths(6).toString());
        body.put("version", version);
        return body;
    }
}
