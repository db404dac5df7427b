package cn.chuanyu.alliance.release;

import static cn.chuanyu.alliance.release.ReleaseFixtures.close;
import static cn.chuanyu.alliance.release.ReleaseFixtures.draft;
import static cn.chuanyu.alliance.release.ReleaseFixtures.openRound;
import static cn.chuanyu.alliance.release.ReleaseFixtures.published;
import static cn.chuanyu.alliance.release.ReleaseFixtures.today;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.chuanyu.alliance.board.BoardItemKind;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CollectionRoundTest {

    private static final String ROUNDS = "/api/alliance/collection-rounds";

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void theSecretariatOpensARoundWhoseChineseNameAndDatesRoundTrip() {
        String name = ReleaseFixtures.roundName("2021年第一季度");
        String location = pathOf(given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        name,
                        "periodStart",
                        "2021-01-01",
                        "periodEnd",
                        "2021-03-31",
                        "submissionDeadline",
                        "2021-04-10"))
                .when()
                .post(ROUNDS)
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("submissions", equalTo(0))
                .body("release", nullValue())
                .extract()
                .header("Location"));
        given().when()
                .get(location)
                .then()
                .statusCode(200)
                .body("name", equalTo(name))
                .body("periodStart", equalTo("2021-01-01"))
                .body("periodEnd", equalTo("2021-03-31"))
                .body("submissionDeadline", equalTo("2021-04-10"));
        given().queryParam("status", "OPEN")
                .queryParam("size", 100)
                .when()
                .get(ROUNDS)
                .then()
                .statusCode(200)
                .body("items.name", hasItem(name));
    }

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void aZoneOfficerSubmitsTheirZonesPublishedItemOnceAndMayRetractItWhileTheRoundIsOpen() {
        UUID round = openRound("2021年第一季度");
        UUID item = published("chengdu", BoardItemKind.DEMAND, "动力电池梯次利用技术需求");

        String location = pathOf(submit(round, Map.of("itemId", item))
                .then()
                .statusCode(201)
                .body("itemId", equalTo(item.toString()))
                .body("zone", equalTo("chengdu"))
                .body("title", equalTo("动力电池梯次利用技术需求"))
                .body("itemStatus", equalTo("PUBLISHED"))
                .body("submittedBy", equalTo("officer-chengdu"))
                .extract()
                .header("Location"));
        given().when().get(location).then().statusCode(200).body("kind", equalTo("DEMAND"));
        given().queryParam("zone", "chengdu")
                .queryParam("kind", "DEMAND")
                .when()
                .get(ROUNDS + "/" + round + "/submissions")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.itemId", contains(item.toString()));

        submit(round, Map.of("itemId", item))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/already-submitted"));
        given().when().get(ROUNDS + "/" + round).then().body("submissions", equalTo(1));

        given().when().delete(location).then().statusCode(204);
        given().when().get(ROUNDS + "/" + round + "/submissions").then().body("total", equalTo(0));
        given().when().get(location).then().statusCode(404);
        submit(round, Map.of("itemId", item)).then().statusCode(201);
    }

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void aZoneOfficerCannotSubmitOrRetractAnotherZonesItemNorSubmitADraft() {
        UUID round = openRound("2021年第二季度");
        UUID chongqing = published("chongqing", BoardItemKind.RESOURCE, "重庆汽车检测资源");
        UUID draft = draft("chengdu", BoardItemKind.PROJECT, "尚未发布的成都项目");

        submit(round, Map.of("itemId", chongqing))
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("您是 chengdu 高新区的工作人员，不能代表 chongqing 高新区操作"));
        submit(round, Map.of("itemId", draft))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/item-not-published"))
                .body("detail", endsWith("只有在清单上已发布且仍在有效期内的条目才能进入发布清单"));
        submit(round, Map.of("itemId", UUID.randomUUID())).then().statusCode(404);
        submit(round, Map.of()).then().statusCode(400).body("errors.field", contains("itemId"));
        given().when().get(ROUNDS + "/" + round).then().body("submissions", equalTo(0));

        ReleaseFixtures.submit(round, chongqing);
        given().when()
                .delete(ROUNDS + "/" + round + "/submissions/" + chongqing)
                .then()
                .statusCode(403);
        given().when()
                .get(ROUNDS + "/" + round + "/submissions")
                .then()
                .body("items.itemId", contains(chongqing.toString()));
    }

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void afterTheDeadlineZoneOfficersNoLongerSubmitButTheSecretariatStillMayUntilItCloses() {
        UUID round = openRound("2020年第四季度", today().minusDays(1));
        UUID late = published("chengdu", BoardItemKind.RESOURCE, "迟交的成都资源");

        submit(round, Map.of("itemId", late))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/submission-deadline-passed"));
        given().when().get(ROUNDS + "/" + round).then().body("submissions", equalTo(0));
        ReleaseFixtures.submit(round, late);
        given().when()
                .delete(ROUNDS + "/" + round + "/submissions/" + late)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/submission-deadline-passed"));
        given().when().get(ROUNDS + "/" + round).then().body("submissions", equalTo(1));
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void aClosedRoundTakesNoSubmissionsNorRetractionsAndClosesOnce() {
        UUID round = openRound("2021年第三季度");
        UUID kept = published("mianyang", BoardItemKind.RESOURCE, "电子信息中试平台");
        UUID tooLate = published("deyang", BoardItemKind.DEMAND, "重型装备智能化改造需求");
        submit(round, Map.of("itemId", kept)).then().statusCode(201);

        given().when()
                .post(ROUNDS + "/" + round + "/closure")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("submissions", equalTo(1));
        submit(round, Map.of("itemId", tooLate))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/round-closed"));
        given().when()
                .delete(ROUNDS + "/" + round + "/submissions/" + kept)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/round-closed"));
        given().when()
                .post(ROUNDS + "/" + round + "/closure")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/round-not-open"));
        given().when()
                .get(ROUNDS + "/" + round + "/submissions")
                .then()
                .body("items.itemId", contains(kept.toString()));
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void invalidRoundsAreRefusedAndNothingIsStored() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", " ", "periodStart", "2021-01-01"))
                .when()
                .post(ROUNDS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("name", "periodEnd", "submissionDeadline"));
        String backwards = ReleaseFixtures.roundName("日期颠倒的季度");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        backwards,
                        "periodStart",
                        "2021-03-31",
                        "periodEnd",
                        "2021-01-01",
                        "submissionDeadline",
                        "2021-04-10"))
                .when()
                .post(ROUNDS)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-dates"));
        given().queryParam("size", 100).when().get(ROUNDS).then().body("items.name", not(hasItem(backwards)));

        UUID existing = openRound("重名的季度");
        String taken =
                given().when().get(ROUNDS + "/" + existing).then().extract().path("name");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        taken,
                        "periodStart",
                        "2021-01-01",
                        "periodEnd",
                        "2021-03-31",
                        "submissionDeadline",
                        "2021-04-10"))
                .when()
                .post(ROUNDS)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/round-name-taken"));
        given().when()
                .get(ROUNDS + "/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void zoneOfficersNeitherOpenNorCloseNorPublishRounds() {
        UUID round = openRound("2021年第四季度");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        ReleaseFixtures.roundName("成都自开的季度"),
                        "periodStart",
                        "2021-01-01",
                        "periodEnd",
                        "2021-03-31",
                        "submissionDeadline",
                        "2021-04-10"))
                .when()
                .post(ROUNDS)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().when().post(ROUNDS + "/" + round + "/closure").then().statusCode(403);
        close(round);
        given().when().post(ROUNDS + "/" + round + "/publication").then().statusCode(403);
        given().when().get(ROUNDS + "/" + round).then().body("status", equalTo("CLOSED"));
    }

    @Test
    void anonymousCallersReadRoundsButCannotWrite() {
        UUID round = openRound("匿名可读的季度");
        given().when().get(ROUNDS + "/" + round).then().statusCode(200);
        given().when().get(ROUNDS + "/" + round + "/submissions").then().statusCode(200);
        submit(round, Map.of("itemId", UUID.randomUUID())).then().statusCode(401);
        given().when().post(ROUNDS + "/" + round + "/closure").then().statusCode(401);
    }

    private static Response submit(UUID round, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(ROUNDS + "/" + round + "/submissions");
    }

    /**
     * The path of a {@code Location}: the service builds it on its public origin ({@code chuanyu.web.public-base-url}),
     * never on the request's host, so the test follows the path on the server under test.
     */
    private static String pathOf(String location) {
        return URI.create(location).getRawPath();
    }
}
