package cn.chuanyu.conference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.chuanyu.conference.edition.ConferenceFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Problems speak the caller's language: zh-CN by default, English on request; the type slug never changes. */
@QuarkusTest
class ProblemLanguageTest {

    private static final String NO_SUCH_INTENT = "/api/conference/intents/00000000-0000-0000-0000-000000000000";

    @Test
    void aDomainProblemIsChineseByDefaultAndEnglishOnRequest() {
        given().when()
                .get(NO_SUCH_INTENT)
                .then()
                .statusCode(404)
                .header("Content-Language", "zh-CN")
                .body("type", equalTo("https://chuanyu.cn/problems/not-found"))
                .body("title", equalTo("资源不存在"))
                .body("detail", equalTo("合作意向 00000000-0000-0000-0000-000000000000 不存在"));
        given().header("Accept-Language", "en")
                .when()
                .get(NO_SUCH_INTENT)
                .then()
                .statusCode(404)
                .header("Content-Language", "en")
                .body("type", equalTo("https://chuanyu.cn/problems/not-found"))
                .body("detail", equalTo("Collaboration intent 00000000-0000-0000-0000-000000000000 does not exist"));
    }

    @Test
    @TestSecurity(user = ConferenceFixtures.ORGANISER, roles = "organiser")
    void aConferenceRuleSpeaksBothLanguages() {
        var request = ConferenceFixtures.json(
                ConferenceFixtures.firstChuanyuConference(LocalDate.of(2020, 11, 15), LocalDate.of(2020, 9, 1)));
        given().contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/api/conference/conferences")
                .then()
                .statusCode(400)
                .header("Content-Language", "zh-CN")
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-dates"))
                .body("title", equalTo("日期不一致"))
                .body("detail", equalTo("征稿截止日期（2020-09-01）早于征稿开始日期（2020-11-15）"));
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en-GB,en;q=0.8")
                .body(request)
                .when()
                .post("/api/conference/conferences")
                .then()
                .statusCode(400)
                .header("Content-Language", "en")
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-dates"))
                .body("title", equalTo("The dates are not consistent"))
                .body("detail", equalTo("The call for papers closes (2020-09-01) before it opens (2020-11-15)"));
    }

    @Test
    @TestSecurity(user = ConferenceFixtures.ORGANISER, roles = "organiser")
    void validationMessagesOfOurOwnAndOfTheStandardConstraintsSpeakTheCallersLanguage() {
        Map<String, Object> body = Map.of(
                "name", "第二届川渝科技学术大会",
                "edition", 2,
                "city", " ",
                "startsOn", "2150-12-10",
                "endsOn", "2150-12-10",
                "organisers", List.of("四川省科学技术协会"),
                "tracks", List.of(Map.of("code", "Bad Code", "name", "生命科学")),
                "callOpensOn", "2020-09-01",
                "callClosesOn", "2020-11-15");
        Response chinese = create(body, null);
        chinese.then()
                .statusCode(400)
                .header("Content-Language", "zh-CN")
                .body("type", equalTo("https://chuanyu.cn/problems/validation"))
                .body("errors.find { it.field == 'startsOn' }.message", equalTo("须在 2000-01-01 至 2099-12-31 之间"))
                .body("errors.find { it.field == 'tracks[0].code' }.message", equalTo("只能包含小写字母、数字和连字符，最多 50 个字符"))
                .body("errors.message", not(hasItem("must not be blank")));
        create(body, "en")
                .then()
                .statusCode(400)
                .header("Content-Language", "en")
                .body(
                        "errors.find { it.field == 'startsOn' }.message",
                        equalTo("must be between 2000-01-01 and 2099-12-31"))
                .body("errors.find { it.field == 'city' }.message", equalTo("must not be blank"));
    }

    @Test
    @TestSecurity(user = ConferenceFixtures.ORGANISER, roles = "organiser")
    void theJvmsDefaultLocaleDoesNotLeakIntoTheTexts() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            Map<String, Object> body = Map.of("name", "大会", "edition", 1, "startsOn", "1999-01-01");
            create(body, null)
                    .then()
                    .statusCode(400)
                    .header("Content-Language", "zh-CN")
                    .body("title", equalTo("请求无效"))
                    .body("errors.find { it.field == 'startsOn' }.message", equalTo("须在 2000-01-01 至 2099-12-31 之间"))
                    .body("errors.message", not(hasItem("must not be blank")));
            given().header("Accept-Language", "zh-CN")
                    .when()
                    .get(NO_SUCH_INTENT)
                    .then()
                    .header("Content-Language", "zh-CN")
                    .body("detail", equalTo("合作意向 00000000-0000-0000-0000-000000000000 不存在"));
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Response create(Map<String, Object> body, String language) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.when().post("/api/conference/conferences");
    }
}
