package cn.chuanyu.conference.edition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConferenceResourceTest {

    @Test
    @TestSecurity(user = ConferenceFixtures.ORGANISER, roles = "organiser")
    void organiserCreatesTheFirstChuanyuConferenceWithItsTracks() {
        var request = ConferenceFixtures.json(
                ConferenceFixtures.firstChuanyuConference(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 11, 15)));
        String id = given().contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/api/conference/conferences")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        given().when()
                .get("/api/conference/conferences/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("首届川渝科技学术大会"))
                .body("city", equalTo("成都"))
                .body("startsOn", equalTo("2020-12-10"))
                .body("organisers", contains("四川省科学技术协会", "重庆市科学技术协会"))
                .body("tracks.name", contains("生命科学", "能源与材料"))
                .body("callOpen", equalTo(false));
    }

    @Test
    @TestSecurity(user = ConferenceFixtures.ORGANISER, roles = "organiser")
    void inconsistentDatesAreRefused() {
        var request = ConferenceFixtures.json(
                ConferenceFixtures.firstChuanyuConference(LocalDate.of(2020, 11, 15), LocalDate.of(2020, 9, 1)));
        given().contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/api/conference/conferences")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-dates"));
    }

    @Test
    @TestSecurity(user = ConferenceFixtures.ORGANISER, roles = "organiser")
    void missingFieldsAndBadDatesAreFieldErrors() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "大会", "tracks", List.of(Map.of("code", "Bad Code", "name", "x"))))
                .when()
                .post("/api/conference/conferences")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("edition", "city", "startsOn", "organisers", "tracks[0].code"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"大会\", \"startsOn\": \"2020-13-45\"}")
                .when()
                .post("/api/conference/conferences")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/malformed-body"));
    }

    @Test
    @TestSecurity(user = "fancong", roles = "researcher")
    void researcherCannotCreateAConference() {
        given().contentType(ContentType.JSON)
                .body(ConferenceFixtures.json(ConferenceFixtures.firstChuanyuConference(
                        LocalDate.of(2020, 9, 1), LocalDate.of(2020, 11, 15))))
                .when()
                .post("/api/conference/conferences")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
