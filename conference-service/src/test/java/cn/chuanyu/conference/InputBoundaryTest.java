package cn.chuanyu.conference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.chuanyu.conference.edition.Conference;
import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.intent.CollaborationIntent;
import cn.chuanyu.conference.society.Society;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every bound of the contract is enforced at the door: a 400 naming the field, nothing stored, nothing published. */
@QuarkusTest
class InputBoundaryTest {

    private static final String INTENTS = "/api/conference/intents";
    private static final String INTENT_TOPIC = "chuanyu.conference.intents";

    @Test
    @TestSecurity(user = "fancong", roles = "researcher")
    void anIntentBeyondItsBoundsIsRefusedNotStoredAndNotPublished() throws Exception {
        String marker = "越界意向" + UUID.randomUUID();
        try (var topic = TopicRecorder.of(INTENT_TOPIC)) {
            Map<String, Object> tooLong = intent(marker);
            tooLong.put("summary", "长".repeat(4001));
            tooLong.put("keywords", List.of("钾".repeat(51)));
            given().contentType(ContentType.JSON)
                    .body(tooLong)
                    .when()
                    .post(INTENTS)
                    .then()
                    .statusCode(400)
                    .body("type", equalTo("https://chuanyu.cn/problems/validation"))
                    .body("errors.field", hasItem("summary"))
                    .body("errors.field", hasItem("keywords[0]"));

            // a valid intent published after the refused one: once its event is out, the refused one's would be too
            String published = given().contentType(ContentType.JSON)
                    .body(intent("界内意向" + UUID.randomUUID()))
                    .when()
                    .post(INTENTS)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            topic.awaitEventAbout(published, "cn.chuanyu.conference.intent.published.v1");
            assertThat(topic.matching(e -> e.data().contains(marker))).isEmpty();
        }
        assertThat(CollaborationIntent.count("title", marker)).isZero();
    }

    @Test
    void searchTextIsBoundedAndLiteral() {
        given().queryParam("q", "检".repeat(101))
                .when()
                .get(INTENTS)
                .then()
                .statusCode(400)
                .body("errors.field", contains("q"));
        given().queryParam("page", 1_000_001)
                .when()
                .get(INTENTS)
                .then()
                .statusCode(400)
                .body("errors.field", contains("page"));
    }

    @Test
    @TestSecurity(user = "fancong", roles = "researcher")
    void wildcardsInSearchTextMatchOnlyThemselves() {
        String token = "字面" + UUID.randomUUID().toString().substring(0, 8);
        String percent = publish(token + "100%转化");
        String plain = publish(token + "100X转化");
        String underscore = publish(token + "甲_乙");
        String backslash = publish(token + "丙\\丁");

        assertThat(search(token + "100%转化")).containsExactly(percent);
        assertThat(search(token + "100_转化")).isEmpty();
        assertThat(search(token + "甲_乙")).containsExactly(underscore);
        assertThat(search(token + "甲%")).isEmpty();
        assertThat(search(token + "丙\\丁")).containsExactly(backslash);
        assertThat(search(token + "%")).isEmpty();
        assertThat(search(token)).containsExactlyInAnyOrder(percent, plain, underscore, backslash);
    }

    @Test
    @TestSecurity(user = ConferenceFixtures.ORGANISER, roles = "organiser")
    void aConferenceOutsideTheProgrammesDatesIsRefusedAndNotStored() {
        String name = "百年后的大会" + UUID.randomUUID();
        var request = ConferenceFixtures.firstChuanyuConference(LocalDate.of(1999, 12, 31), LocalDate.of(2100, 1, 1));
        Map<String, Object> body = new HashMap<>(Map.of(
                "name",
                name,
                "edition",
                1,
                "city",
                "成都",
                "startsOn",
                "2020-12-10",
                "endsOn",
                "2020-12-10",
                "organisers",
                request.organisers(),
                "tracks",
                List.of(Map.of("code", "life-sciences", "name", "生命科学")),
                "callOpensOn",
                request.callOpensOn().toString(),
                "callClosesOn",
                request.callClosesOn().toString()));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/conference/conferences")
                .then()
                .statusCode(400)
                .body("errors.field", contains("callClosesOn", "callOpensOn"));
        assertThat(Conference.count("name", name)).isZero();
    }

    @Test
    @TestSecurity(user = ConferenceFixtures.ORGANISER, roles = "organiser")
    void quotasSocietiesAndPagesHaveTheirBounds() {
        UUID conference = ConferenceFixtures.withOpenCall();
        given().contentType(ContentType.JSON)
                .body(Map.of("SPECIAL", 1001, "FIRST", -1))
                .when()
                .put("/api/conference/awards/" + conference + "/quotas")
                .then()
                .statusCode(400)
                .body("errors.field", contains("FIRST", "SPECIAL"));
        given().contentType(ContentType.JSON)
                .body(Map.of("FIRST", 2))
                .when()
                .put("/api/conference/awards/" + conference + "/quotas")
                .then()
                .statusCode(200)
                .body("SPECIAL", equalTo(0))
                .body("FIRST", equalTo(2));

        String name = "超大学会" + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "region", "SICHUAN", "members", 10_000_001, "description", "简".repeat(5001)))
                .when()
                .post("/api/conference/societies")
                .then()
                .statusCode(400)
                .body("errors.field", contains("description", "members"));
        assertThat(Society.count("name", name)).isZero();

        given().queryParam("size", 101)
                .when()
                .get("/api/conference/reviewers")
                .then()
                .statusCode(400)
                .body("errors.field", contains("size"));
        given().queryParam("year", 1999)
                .when()
                .get("/api/conference/societies/awards")
                .then()
                .statusCode(400)
                .body("errors.field", contains("year"));
        given().queryParam("page", 1_000_000)
                .when()
                .get("/api/conference/societies/awards")
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    private static Map<String, Object> intent(String title) {
        Map<String, Object> intent = new HashMap<>();
        intent.put("kind", "OFFER");
        intent.put("title", title);
        intent.put("summary", "寻求重庆化学、材料领域伙伴");
        intent.put("disciplines", List.of("化学"));
        return intent;
    }

    private static String publish(String title) {
        return given().contentType(ContentType.JSON)
                .body(intent(title))
                .when()
                .post(INTENTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static List<String> search(String text) {
        return given().queryParam("q", text)
                .queryParam("size", 100)
                .when()
                .get(INTENTS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class);
    }
}
