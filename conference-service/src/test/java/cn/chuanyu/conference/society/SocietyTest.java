package cn.chuanyu.conference.society;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.chuanyu.conference.Region;
import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SocietyTest {

    private static final String SOCIETIES = "/api/conference/societies";

    @Inject
    Societies societies;

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void organiserRegistersASocietyAndNamesItAFirstClassSocietyOfTheYearOnce() throws Exception {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "重庆市青年科技领军人才协会",
                        "region",
                        "CHONGQING",
                        "foundedYear",
                        2020,
                        "members",
                        166,
                        "description",
                        "由13名中青年科技工作者发起"))
                .when()
                .post(SOCIETIES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().when()
                .get(SOCIETIES + "/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("重庆市青年科技领军人才协会"))
                .body("members", equalTo(166));

        try (var topic = TopicRecorder.of(SocietyEvents.TOPIC)) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("year", 2020, "citation", "年度川渝一流学会"))
                    .when()
                    .post(SOCIETIES + "/" + id + "/awards")
                    .then()
                    .statusCode(201)
                    .body("societyName", equalTo("重庆市青年科技领军人才协会"));
            EventSchemas.assertConforms(topic.awaitEventAbout(id, SocietyEvents.AWARDED));
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("year", 2020))
                .when()
                .post(SOCIETIES + "/" + id + "/awards")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/society-already-awarded"));
        given().queryParam("year", 2020)
                .when()
                .get(SOCIETIES + "/awards")
                .then()
                .statusCode(200)
                .body("items.find { it.societyId == '" + id + "' }.region", equalTo("CHONGQING"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "重庆市青年科技领军人才协会", "region", "CHONGQING"))
                .when()
                .post(SOCIETIES)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/society-name-taken"));
    }

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void invalidSocietiesAreRefusedFieldByField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", " ", "members", -1))
                .when()
                .post(SOCIETIES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("name", "region", "members"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"某学会\", \"region\": \"TIBET\"}")
                .when()
                .post(SOCIETIES)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/malformed-body"));
    }

    @Test
    void anonymousCallersReadTheRegistryButCannotWrite() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "某学会", "region", "SICHUAN"))
                .when()
                .post(SOCIETIES)
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().when().get(SOCIETIES).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "fancong", roles = "researcher")
    void researchersCannotRegisterOrAwardSocieties() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "某学会", "region", "SICHUAN"))
                .when()
                .post(SOCIETIES)
                .then()
                .statusCode(403);
    }

    @Test
    void theAwardsOfAYearAreReadPageByPage() {
        for (String name : List.of("四川省植物学会", "重庆市化学化工学会")) {
            QuarkusTransaction.requiringNew().run(() -> {
                Society society = societies.register(
                        new SocietyRequest(name + UUID.randomUUID(), Region.SICHUAN, null, null, null), "organiser");
                societies.award(society.id, new AwardRequest(2077, null), "organiser");
            });
        }
        String first = given().queryParam("year", 2077)
                .queryParam("size", 1)
                .when()
                .get(SOCIETIES + "/awards")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("size", equalTo(1))
                .body("items.size()", equalTo(1))
                .body("items[0].citation", nullValue())
                .extract()
                .path("items[0].id");
        given().queryParam("year", 2077)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .when()
                .get(SOCIETIES + "/awards")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", not(equalTo(first)));
    }

    @Test
    void concurrentAwardsOfOneSocietyForOneYearCannotBothLand() throws Exception {
        UUID society = QuarkusTransaction.requiringNew()
                .call(() -> societies.register(
                                new SocietyRequest("四川省作物学会" + UUID.randomUUID(), Region.SICHUAN, null, null, null),
                                "organiser")
                        .id);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Boolean> attempt = () -> {
                try {
                    QuarkusTransaction.requiringNew()
                            .run(() -> societies.award(society, new AwardRequest(2021, null), "organiser"));
                    return true;
                } catch (RuntimeException refused) {
                    return false;
                }
            };
            long landed = 0;
            for (Future<Boolean> f : pool.invokeAll(List.of(attempt, attempt, attempt, attempt))) {
                landed += f.get() ? 1 : 0;
            }
            assertThat(landed).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(SocietyAward.count("societyId = ?1 and year = 2021", society))
                .isEqualTo(1);
    }
}
