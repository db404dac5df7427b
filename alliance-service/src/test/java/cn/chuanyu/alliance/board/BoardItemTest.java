package cn.chuanyu.alliance.board;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.TopicRecorder;

@QuarkusTest
class BoardItemTest {

    private static final String ITEMS = "/api/alliance/board-items";

    @Test
    @TestSecurity(user = "officer-chengdu", roles = "zone-officer", attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void aZoneOfficerDraftsAndPublishesADemandWhichIsAnnouncedAndFoundByChineseText() throws Exception {
        String id = draft(demand("chengdu", "新能源汽车电池回收技术需求")).then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("id");
        given().when().get(ITEMS).then().body("items.id", not(hasItem(id)));

        try (var topic = TopicRecorder.of(BoardEvents.TOPIC)) {
            given().when().post(ITEMS + "/" + id + "/publication").then().statusCode(200).body("status", equalTo("PUBLISHED"));
            EventSchemas.assertConforms(topic.awaitEventAbout(id, BoardEvents.PUBLISHED));
        }
        given().queryParam("q", "电池回收").when().get(ITEMS).then().statusCode(200).body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.title", equalTo("新能源汽车电池回收技术需求"));
        given().queryParam("zone", "chengdu").queryParam("kind", "DEMAND").queryParam("industry", "新能源")
                .when().get(ITEMS).then().body("items.id", hasItem(id));
        given().queryParam("zone", "chongqing").when().get(ITEMS).then().body("items.id", not(hasItem(id)));
        given().queryParam("q", "钙钛矿").when().get(ITEMS).then().body("items.id", not(hasItem(id)));
    }

    @Test
    @TestSecurity(user = "officer-chengdu", roles = "zone-officer", attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void aZoneOfficerCannotActForAnotherZone() {
        draft(demand("chongqing", "替重庆发布的需求")).then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("You are an officer of zone chengdu and cannot act for zone chongqing"));
        given().queryParam("q", "替重庆发布的需求").when().get(ITEMS).then().body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void theSecretariatActsForAnyZoneAndIllegalTransitionsAreRefused() {
        String id = draft(demand("rongchang", "荣昌高新区兽药研发资源")).then().statusCode(201).extract().path("id");
        given().when().post(ITEMS + "/" + id + "/withdrawal").then().statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/illegal-transition"));
        given().when().post(ITEMS + "/" + id + "/publication").then().statusCode(200);
        given().when().post(ITEMS + "/" + id + "/publication").then().statusCode(409);
        given().when().post(ITEMS + "/" + id + "/withdrawal").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().when().get(ITEMS).then().body("items.id", not(hasItem(id)));
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void invalidItemsAreRefusedFieldByFieldAndNothingIsStored() {
        given().contentType(ContentType.JSON).body(Map.of("zone", "chengdu", "kind", "DEMAND", "title", " ",
                "contactEmail", "not-an-email", "industries", List.of()))
                .when().post(ITEMS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("title", "description", "industries", "contactEmail", "validFrom"));
        draft(demand("atlantis", "不存在的园区")).then().statusCode(400).body("type", equalTo("https://chuanyu.cn/problems/unknown-zone"));
        var backwards = new java.util.HashMap<>(demand("chengdu", "日期颠倒"));
        backwards.put("validUntil", "2020-01-01");
        draft(backwards).then().statusCode(400).body("type", equalTo("https://chuanyu.cn/problems/invalid-dates"));
    }

    @Test
    void anonymousCallersReadTheBoardButCannotWrite() {
        draft(demand("chengdu", "匿名发布")).then().statusCode(401);
        given().when().get(ITEMS).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "officer-chengdu", roles = "zone-officer", attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void aZoneOfficerListsTheirZonesDraftsButNotAnotherZones() {
        String id = draft(demand("chengdu", "成都待发布的草稿需求")).then().statusCode(201).extract().path("id");
        given().queryParam("status", "DRAFT").queryParam("size", 100).when().get(ITEMS).then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.zone", not(hasItem("chongqing")));
        given().queryParam("status", "DRAFT").queryParam("zone", "chongqing").when().get(ITEMS).then().statusCode(403)
                .contentType("application/problem+json");
        given().queryParam("status", "PUBLISHED").queryParam("q", "成都待发布的草稿需求").when().get(ITEMS).then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void draftsAreNotListedForAnonymousCallers() {
        given().queryParam("status", "DRAFT").when().get(ITEMS).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void theBoardIsReadPageByPageWithCursorsEachItemOnceNewestFirst() {
        String industry = "分页测试" + java.util.UUID.randomUUID().toString().substring(0, 8);
        List<String> published = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = new java.util.HashMap<>(demand("zigong", "自贡分页需求 " + i));
            body.put("industries", List.of(industry));
            String id = draft(body).then().statusCode(201).extract().path("id");
            given().when().post(ITEMS + "/" + id + "/publication").then().statusCode(200);
            published.add(0, id);
        }
        List<String> seen = new java.util.ArrayList<>();
        String after = null;
        for (int page = 0; page < 3; page++) {
            var request = given().queryParam("industry", industry).queryParam("size", 2);
            var response = (after == null ? request : request.queryParam("after", after)).when().get(ITEMS).then().statusCode(200)
                    .body("total", equalTo(5)).body("totalExact", equalTo(true)).extract().jsonPath();
            seen.addAll(response.getList("items.id"));
            after = response.getString("next");
        }
        org.assertj.core.api.Assertions.assertThat(seen).isEqualTo(published);
        org.assertj.core.api.Assertions.assertThat(after).as("no page after the last").isNull();

        given().queryParam("after", "不是游标").when().get(ITEMS).then().statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-cursor"));
    }

    @Test
    @TestSecurity(user = "officer-chengdu", roles = "zone-officer", attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void aDraftIsEditedOnlyWithTheVersionReadSoNoEditOverwritesAnother() {
        String id = draft(demand("chengdu", "电池回收需求初稿")).then().statusCode(201).extract().path("id");
        Map<String, Object> edit = new HashMap<>(demand("chengdu", "电池回收需求修订稿"));
        given().contentType(ContentType.JSON).body(edit).when().put(ITEMS + "/" + id).then().statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/version-required"));
        edit.put("version", 0);
        given().contentType(ContentType.JSON).body(edit).when().put(ITEMS + "/" + id).then().statusCode(200)
                .body("title", equalTo("电池回收需求修订稿")).body("version", equalTo(1));
        edit.put("title", "仍持旧版本的覆盖");
        given().contentType(ContentType.JSON).body(edit).when().put(ITEMS + "/" + id).then().statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/concurrent-modification"));
        given().when().get(ITEMS + "/" + id).then().body("title", equalTo("电池回收需求修订稿")).body("version", equalTo(1));
    }

    private static io.restassured.response.Response draft(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(ITEMS);
    }

    private static Map<String, Object> demand(String zone, String title) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        return Map.of("zone", zone, "kind", "DEMAND", "title", title,
                "description", "园区企业寻求动力电池梯次利用与材料回收的成熟技术及合作团队。",
                "industries", List.of("新能源", "新材料"), "keywords", List.of("电池回收"), "contactName", "李主任",
                "validFrom", today.minusDays(1).toString(), "validUntil", today.plusMonths(6).toString());
    }
}
