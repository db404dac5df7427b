package cn.chuanyu.alliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import cn.chuanyu.alliance.board.BoardItem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Problems speak the caller's language: zh-CN by default, English on request; the type slugs never change. */
@QuarkusTest
class ProblemLanguageTest {

    private static final String ITEMS = "/api/alliance/board-items";

    @Test
    void aDomainProblemIsInChineseByDefaultAndInEnglishOnRequest() {
        given().when()
                .get("/api/alliance/zones/atlantis")
                .then()
                .statusCode(404)
                .header("Content-Language", "zh-CN")
                .body("type", equalTo("https://chuanyu.cn/problems/not-found"))
                .body("title", equalTo("资源不存在"))
                .body("detail", equalTo("高新区 atlantis 不存在"));
        given().header("Accept-Language", "en-GB,en;q=0.8")
                .when()
                .get("/api/alliance/zones/atlantis")
                .then()
                .statusCode(404)
                .header("Content-Language", "en")
                .body("type", equalTo("https://chuanyu.cn/problems/not-found"))
                .body("title", equalTo("Resource not found"))
                .body("detail", equalTo("Zone atlantis does not exist"));
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void aServiceProblemOfItsOwnIsInBothLanguages() {
        String title = "不存在的园区 " + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(item(title, Map.of("zone", "atlantis")))
                .when()
                .post(ITEMS)
                .then()
                .statusCode(400)
                .header("Content-Language", "zh-CN")
                .body("type", equalTo("https://chuanyu.cn/problems/unknown-zone"))
                .body("title", equalTo("没有这个高新区"))
                .body("detail", equalTo("“atlantis”不是联盟的高新区"));
        given().header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body(item(title, Map.of("zone", "atlantis")))
                .when()
                .post(ITEMS)
                .then()
                .statusCode(400)
                .header("Content-Language", "en")
                .body("type", equalTo("https://chuanyu.cn/problems/unknown-zone"))
                .body("title", equalTo("No such zone"))
                .body("detail", equalTo("'atlantis' is not one of the alliance's zones"));
        assertThat(stored(title)).isZero();
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void validationMessagesOfTheServiceAreInBothLanguages() {
        String title = "电话与日期无效 " + UUID.randomUUID();
        Map<String, Object> invalid = item(title, Map.of("contactPhone", "电话", "validFrom", "2019-12-31"));
        JsonPath chinese = given().contentType(ContentType.JSON)
                .body(invalid)
                .when()
                .post(ITEMS)
                .then()
                .statusCode(400)
                .header("Content-Language", "zh-CN")
                .body("type", equalTo("https://chuanyu.cn/problems/validation"))
                .body("title", equalTo("请求无效"))
                .extract()
                .jsonPath();
        assertThat(message(chinese, "contactPhone")).isEqualTo("不是电话号码（5 至 30 个字符：数字、空格、+、-、括号）");
        assertThat(message(chinese, "validFrom")).isEqualTo("须在 2020-01-01 至 2100-12-31 之间");

        JsonPath english = given().header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body(invalid)
                .when()
                .post(ITEMS)
                .then()
                .statusCode(400)
                .header("Content-Language", "en")
                .body("title", equalTo("The request is not valid"))
                .extract()
                .jsonPath();
        assertThat(message(english, "contactPhone"))
                .isEqualTo("is not a phone number (5 to 30 characters: digits, spaces, +, -, parentheses)");
        assertThat(message(english, "validFrom")).isEqualTo("must be between 2020-01-01 and 2100-12-31");
        assertThat(stored(title)).isZero();
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void tooLongInputIsRefusedNamingTheFieldAndNothingIsStored() {
        String title = "过长的关键词 " + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(item(title, Map.of("keywords", List.of("键".repeat(51)), "contactName", "李".repeat(101))))
                .when()
                .post(ITEMS)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/validation"))
                .body("errors.field", hasItems("contactName", "keywords[0]"));
        given().queryParam("q", "检".repeat(101)).when().get(ITEMS).then().statusCode(400);
        given().queryParam("zone", "z".repeat(31)).when().get(ITEMS).then().statusCode(400);
        assertThat(stored(title)).isZero();
    }

    private static String message(JsonPath problem, String field) {
        List<Map<String, String>> errors = problem.getList("errors");
        return errors.stream()
                .filter(e -> e.get("field").equals(field))
                .map(e -> e.get("message"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + field + " in " + errors));
    }

    private static long stored(String title) {
        return QuarkusTransaction.requiringNew().call(() -> BoardItem.count("title", title));
    }

    private static Map<String, Object> item(String title, Map<String, Object> overrides) {
        var body = new HashMap<String, Object>();
        body.put("zone", "chengdu");
        body.put("kind", "DEMAND");
        body.put("title", title);
        body.put("description", "园区企业寻求动力电池梯次利用技术。");
        body.put("industries", List.of("新能源"));
        body.put("contactName", "李主任");
        body.put("validFrom", "2026-01-01");
        body.put("validUntil", "2026-12-31");
        body.putAll(overrides);
        return body;
    }
}
