package cn.chuanyu.alliance.board;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BoardItemTest {

    private static final String ITEMS = "/api/alliance/board-items";

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void aZoneOfficerDraftsAndPublishesADemandWhichIsAnnouncedAndFoundByChineseText() throws Exception {
        String id = draft(demand("chengdu", "新能源汽车电池回收技术需求"))
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .extract()
                .path("id");
        given().when().get(ITEMS).then().body("items.id", not(hasItem(id)));

        try (var topic = TopicRecorder.of(BoardEvents.TOPIC)) {
            given().when()
                    .post(ITEMS + "/" + id + "/publication")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("PUBLISHED"));
            EventSchemas.assertConforms(topic.awaitEventAbout(id, BoardEvents.PUBLISHED));
        }
        given().queryParam("q", "电池回收")
                .when()
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.title", equalTo("新能源汽车电池回收技术需求"));
        given().queryParam("zone", "chengdu")
                .queryParam("kind", "DEMAND")
                .queryParam("industry", "新能源")
                .when()
                .get(ITEMS)
                .then()
                .body("items.id", hasItem(id));
        given().queryParam("zone", "chongqing").when().get(ITEMS).then().body("items.id", not(hasItem(id)));
        given().queryParam("q", "钙钛矿").when().get(ITEMS).then().body("items.id", not(hasItem(id)));
    }

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void aZoneOfficerCannotActForAnotherZone() {
        draft(demand("chongqing", "替重庆发布的需求"))
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("您是 chengdu 高新区的工作人员，不能代表 chongqing 高新区操作"));
        given().queryParam("q", "替重庆发布的需求").when().get(ITEMS).then().body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void theSecretariatActsForAnyZoneAndIllegalTransitionsAreRefused() {
        String id = draft(demand("rongchang", "荣昌高新区兽药研发资源"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().when()
                .post(ITEMS + "/" + id + "/withdrawal")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/illegal-transition"));
        given().when().post(ITEMS + "/" + id + "/publication").then().statusCode(200);
        given().when().post(ITEMS + "/" + id + "/publication").then().statusCode(409);
        given().when()
                .post(ITEMS + "/" + id + "/withdrawal")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().when().get(ITEMS).then().body("items.id", not(hasItem(id)));
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void invalidItemsAreRefusedFieldByFieldAndNothingIsStored() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "zone",
                        "chengdu",
                        "kind",
                        "DEMAND",
                        "title",
                        " ",
                        "contactEmail",
                        "not-an-email",
                        "industries",
                        List.of()))
                .when()
                .post(ITEMS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("title", "description", "industries", "contactEmail", "validFrom"));
        draft(demand("atlantis", "不存在的园区"))
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/unknown-zone"));
        var backwards = new HashMap<>(demand("chengdu", "日期颠倒"));
        backwards.put("validUntil", "2020-01-01");
        draft(backwards).then().statusCode(400).body("type", equalTo("https://chuanyu.cn/problems/invalid-dates"));
    }

    @Test
    void anonymousCallersReadTheBoardButCannotWrite() {
        draft(demand("chengdu", "匿名发布")).then().statusCode(401);
        given().when().get(ITEMS).then().statusCode(200);
    }

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void aZoneOfficerListsTheirZonesDraftsButNotAnotherZones() {
        String id = draft(demand("chengdu", "成都待发布的草稿需求"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().queryParam("status", "DRAFT")
                .queryParam("size", 100)
                .when()
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.zone", not(hasItem("chongqing")));
        given().queryParam("status", "DRAFT")
                .queryParam("zone", "chongqing")
                .when()
                .get(ITEMS)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().queryParam("status", "PUBLISHED")
                .queryParam("q", "成都待发布的草稿需求")
                .when()
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void draftsAreNotListedForAnonymousCallers() {
        given().queryParam("status", "DRAFT")
                .when()
                .get(ITEMS)
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void theBoardIsReadPageByPageWithCursorsEachItemOnceNewestFirst() {
        String industry = "分页测试" + UUID.randomUUID().toString().substring(0, 8);
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = new HashMap<>(demand("zigong", "自贡分页需求 " + i));
            body.put("industries", List.of(industry));
            String id = draft(body).then().statusCode(201).extract().path("id");
            given().when().post(ITEMS + "/" + id + "/publication").then().statusCode(200);
            published.add(0, id);
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 3; page++) {
            var request = given().queryParam("industry", industry).queryParam("size", 2);
            var response = (after == null ? request : request.queryParam("after", after))
                    .when()
                    .get(ITEMS)
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(5))
                    .body("totalExact", equalTo(true))
                    .extract()
                    .jsonPath();
            seen.addAll(response.getList("items.id"));
            after = response.getString("next");
        }
        assertThat(seen).isEqualTo(published);
        assertThat(after).as("no page after the last").isNull();

        given().queryParam("after", "不是游标")
                .when()
                .get(ITEMS)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-cursor"));
    }

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void aDraftIsEditedOnlyWithTheVersionReadSoNoEditOverwritesAnother() {
        String id = draft(demand("chengdu", "电池回收需求初稿"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> edit = new HashMap<>(demand("chengdu", "电池回收需求修订稿"));
        given().contentType(ContentType.JSON)
                .body(edit)
                .when()
                .put(ITEMS + "/" + id)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/version-required"));
        edit.put("version", 0);
        given().contentType(ContentType.JSON)
                .body(edit)
                .when()
                .put(ITEMS + "/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("电池回收需求修订稿"))
                .body("version", equalTo(1));
        edit.put("title", "仍持旧版本的覆盖");
        given().contentType(ContentType.JSON)
                .body(edit)
                .when()
                .put(ITEMS + "/" + id)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/concurrent-modification"));
        given().when()
                .get(ITEMS + "/" + id)
                .then()
                .body("title", equalTo("电池回收需求修订稿"))
                .body("version", equalTo(1));
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void aSearchWithMoreMatchesThanItCountsSaysSoAndStillPagesThroughEveryMatchOnceNewestFirst() {
        String term = "检索上限" + UUID.randomUUID().toString().substring(0, 8);
        int matching = BoardSearch.SEARCH_TOTAL_CAP + 5;
        insertPublished(
                matching, "氢能储运需求 " + term + " 第", "分页检索" + term, Instant.now().minusSeconds(60));
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            var request = given().queryParam("q", term).queryParam("size", 40);
            var page = (after == null ? request : request.queryParam("after", after))
                    .when()
                    .get(ITEMS)
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(BoardSearch.SEARCH_TOTAL_CAP))
                    .body("totalExact", equalTo(false))
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.title"));
            after = page.getString("next");
        } while (after != null && seen.size() <= matching);
        // inserted oldest first: the newest is the last one
        List<String> newestFirst = IntStream.range(0, matching)
                .map(i -> matching - 1 - i)
                .mapToObj(i -> "氢能储运需求 " + term + " 第" + i)
                .toList();
        assertThat(seen).isEqualTo(newestFirst);

        given().queryParam("q", term)
                .queryParam("kind", "PROJECT")
                .when()
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", equalTo(0))
                .body("totalExact", equalTo(true));
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void rareAndAbsentTermsAreFoundOrNotBehindAThousandNewerItems() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String rare = "钙钛矿叠层" + marker;
        String old = publish(demand("mianyang", "绵阳" + rare + "中试需求"));
        insertPublished(BoardSearch.SEARCH_WINDOW, "较新的资源 " + marker + " 第", "填充" + marker, Instant.now());

        given().queryParam("q", rare)
                .when()
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(old)))
                .body("total", equalTo(1))
                .body("totalExact", equalTo(true))
                .body("next", equalTo(null));
        given().queryParam("q", rare + "不存在")
                .when()
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", equalTo(0))
                .body("totalExact", equalTo(true))
                .body("next", equalTo(null));
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void aCommonTermWithFewRecentMatchesIsPagedNewestFirstIntoItsOlderMatches() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String term = "固态电解质" + marker;
        int older = BoardSearch.SEARCH_TOTAL_CAP + 1;
        insertPublished(
                older, "较早的" + term + "需求 第", "较早" + marker, Instant.now().minusSeconds(600));
        insertPublished(
                BoardSearch.SEARCH_WINDOW,
                "较新的资源 " + marker + " 第",
                "填充" + marker,
                Instant.now().minusSeconds(300));
        String recent1 = publish(demand("neijiang", "内江" + term + "需求"));
        String recent2 = publish(demand("neijiang", "内江" + term + "中试需求"));

        var first = given().queryParam("q", term)
                .queryParam("size", 4)
                .when()
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("total", equalTo(BoardSearch.SEARCH_TOTAL_CAP))
                .body("totalExact", equalTo(false))
                .extract()
                .jsonPath();
        // the two recent ones, then the newest two of the older ones
        assertThat(first.getList("items.title", String.class))
                .containsExactly(
                        "内江" + term + "中试需求",
                        "内江" + term + "需求",
                        "较早的" + term + "需求 第" + (older - 1),
                        "较早的" + term + "需求 第" + (older - 2));
        given().queryParam("q", term)
                .queryParam("size", 4)
                .queryParam("after", first.getString("next"))
                .when()
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body(
                        "items.title",
                        equalTo(IntStream.of(3, 4, 5, 6)
                                .mapToObj(i -> "较早的" + term + "需求 第" + (older - i))
                                .toList()))
                .body("next", notNullValue());
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void percentAndUnderscoreInASearchAreTakenLiterally() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String id = publish(demand("leshan", "乐山多晶硅纯度99.9%_级" + marker));
        publish(demand("leshan", "乐山多晶硅纯度99.95级" + marker));
        given().queryParam("q", "9%_级" + marker)
                .when()
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(id)))
                .body("total", equalTo(1));
        given().queryParam("q", "99._5级" + marker)
                .when()
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        String backslash = publish(demand("leshan", "乐山硅料A\\B批次" + marker));
        publish(demand("leshan", "乐山硅料AB批次" + marker));
        given().queryParam("q", "A\\B批次" + marker)
                .when()
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(backslash)))
                .body("items[0].title", equalTo("乐山硅料A\\B批次" + marker))
                .body("total", equalTo(1))
                .body("$", hasKey("next"))
                .body("next", nullValue());
        given().queryParam("q", "%" + marker)
                .when()
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("q", "_" + marker)
                .when()
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Inject
    EntityManager entityManager;

    /**
     * {@code count} items titled {@code title} + 0, 1, ..., published in that order a microsecond apart from
     * {@code from}.
     */
    private void insertPublished(int count, String title, String industry, Instant from) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("""
                insert into board_item (id, zone_code, kind, title, description, industries, keywords, contact_name,
                                        valid_from, valid_until, status, created_by, created_at, published_at)
                select gen_random_uuid(), 'zigong', 'RESOURCE', :title || g, '园区企业开放共享中试平台。',
                       array[:industry]::varchar(50)[],
                       '{}', '王经理', current_date - 1, current_date + 30, 'PUBLISHED', 'secretariat', now(),
                       cast(:from as timestamptz) + g * interval '1 microsecond'
                from generate_series(0, :count - 1) g""")
                        .setParameter("title", title)
                        .setParameter("industry", industry)
                        .setParameter("count", count)
                        .setParameter("from", from)
                        .executeUpdate());
    }

    private static String publish(Map<String, Object> body) {
        String id = draft(body).then().statusCode(201).extract().path("id");
        given().when().post(ITEMS + "/" + id + "/publication").then().statusCode(200);
        return id;
    }

    private static Response draft(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(ITEMS);
    }

    private static Map<String, Object> demand(String zone, String title) {
        LocalDate today = LocalDate.now(AllianceClock.CHINA);
        return Map.of(
                "zone",
                zone,
                "kind",
                "DEMAND",
                "title",
                title,
                "description",
                "园区企业寻求动力电池梯次利用与材料回收的成熟技术及合作团队。",
                "industries",
                List.of("新能源", "新材料"),
                "keywords",
                List.of("电池回收"),
                "contactName",
                "李主任",
                "validFrom",
                today.minusDays(1).toString(),
                "validUntil",
                today.plusMonths(6).toString());
    }
}
