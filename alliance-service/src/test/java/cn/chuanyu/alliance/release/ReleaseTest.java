package cn.chuanyu.alliance.release;

import static cn.chuanyu.alliance.release.ReleaseFixtures.SECRETARIAT;
import static cn.chuanyu.alliance.release.ReleaseFixtures.close;
import static cn.chuanyu.alliance.release.ReleaseFixtures.openRound;
import static cn.chuanyu.alliance.release.ReleaseFixtures.publish;
import static cn.chuanyu.alliance.release.ReleaseFixtures.published;
import static cn.chuanyu.alliance.release.ReleaseFixtures.submit;
import static cn.chuanyu.alliance.release.ReleaseFixtures.withdraw;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.PublishedEvent;
import cn.chuanyu.testing.TopicRecorder;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReleaseTest {

    private static final String ROUNDS = "/api/alliance/collection-rounds";
    private static final String RELEASES = "/api/alliance/releases";

    @Inject
    CollectionRounds rounds;

    @Inject
    EntityManager entityManager;

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void theSecretariatPublishesAClosedRoundAsAReleaseWhichIsAnnouncedAndReadByKindAndZone() throws Exception {
        UUID round = openRound("2021年第一季度");
        UUID demand = published("chengdu", BoardItemKind.DEMAND, "新能源汽车动力电池回收技术需求");
        UUID resource = published("chengdu", BoardItemKind.RESOURCE, "成都电池检测平台开放共享");
        UUID project = published("bishan", BoardItemKind.PROJECT, "智能装备产业协同项目");
        UUID withdrawnMeanwhile = published("bishan", BoardItemKind.DEMAND, "已撤回的璧山需求");
        for (UUID item : List.of(demand, resource, project, withdrawnMeanwhile)) {
            submit(round, item);
        }
        withdraw(withdrawnMeanwhile);

        given().when()
                .post(ROUNDS + "/" + round + "/publication")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/round-still-open"));
        given().when().get(RELEASES + "/" + round).then().statusCode(404);
        given().when().get(ROUNDS + "/" + round).then().body("status", equalTo("OPEN"));
        given().when()
                .get(ROUNDS + "/" + round + "/submissions")
                .then()
                .body("items.find { it.itemId == '" + withdrawnMeanwhile + "' }.itemStatus", equalTo("WITHDRAWN"));

        close(round);
        try (var topic = TopicRecorder.of(ReleaseEvents.TOPIC)) {
            given().when()
                    .post(ROUNDS + "/" + round + "/publication")
                    .then()
                    .statusCode(201)
                    .header("Location", endsWith(RELEASES + "/" + round))
                    .body("total", equalTo(3))
                    .body("zones", contains("bishan", "chengdu"));
            PublishedEvent event = topic.awaitEventAbout(round.toString(), ReleaseEvents.PUBLISHED);
            EventSchemas.assertConforms(event);
            JsonPath data = JsonPath.from(event.data());
            assertThat(data.getString("name")).startsWith("2021年第一季度");
            assertThat(data.getMap("counts")).isEqualTo(Map.of("DEMAND", 1, "RESOURCE", 1, "PROJECT", 1));
            assertThat(data.getList("zones")).containsExactly("bishan", "chengdu");
        }

        given().when()
                .get(RELEASES + "/" + round)
                .then()
                .statusCode(200)
                .body("periodStart", equalTo("2021-01-01"))
                .body("periodEnd", equalTo("2021-03-31"))
                .body("total", equalTo(3))
                .body("counts.byKind", equalTo(Map.of("DEMAND", 1, "RESOURCE", 1, "PROJECT", 1)))
                .body(
                        "counts.byZone",
                        equalTo(List.of(Map.of("zone", "bishan", "items", 1), Map.of("zone", "chengdu", "items", 2))))
                .body("items.itemId", contains(demand.toString(), resource.toString(), project.toString()))
                .body("items[0].title", equalTo("新能源汽车动力电池回收技术需求"))
                .body("items[0].industries", contains("新能源", "新材料"))
                .body("items[0].contactName", equalTo("李主任"));
        given().queryParam("zone", "chengdu")
                .queryParam("kind", "RESOURCE")
                .when()
                .get(RELEASES + "/" + round)
                .then()
                .statusCode(200)
                .body("items.itemId", contains(resource.toString()))
                .body("total", equalTo(3));
        given().when()
                .get(ROUNDS + "/" + round)
                .then()
                .body("status", equalTo("PUBLISHED"))
                .body("release", equalTo(RELEASES + "/" + round));

        given().when()
                .post(ROUNDS + "/" + round + "/publication")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/release-already-published"));
        given().when().get(RELEASES + "/" + round).then().body("total", equalTo(3));
    }

    @Test
    void releasesArePublicAndListedNewestFirst() {
        UUID older = publishedRelease("2020年第四季度", published("luzhou", BoardItemKind.RESOURCE, "白酒产业检测资源"));
        UUID newer = publishedRelease("2021年第一季度", published("zigong", BoardItemKind.PROJECT, "自贡灯饰数字化项目"));
        UUID unpublished = openRound("尚未发布的季度");

        List<String> ids = given().queryParam("size", 100)
                .when()
                .get(RELEASES)
                .then()
                .statusCode(200)
                .body("items.roundId", not(hasItem(unpublished.toString())))
                .body("items.find { it.roundId == '" + older + "' }.counts.byKind.RESOURCE", equalTo(1))
                .body("items.find { it.roundId == '" + older + "' }.zones", contains("luzhou"))
                .extract()
                .path("items.roundId");
        assertThat(ids.indexOf(newer.toString())).isNotNegative().isLessThan(ids.indexOf(older.toString()));
        given().queryParam("size", 101).when().get(RELEASES).then().statusCode(400);
        given().when().get(RELEASES + "/" + unpublished).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aPublishedReleaseKeepsItsContentWhenItsItemsAreWithdrawnLater() {
        UUID item = published("panzhihua", BoardItemKind.RESOURCE, "钒钛新材料检测分析资源");
        UUID round = publishedRelease("2021年第二季度", item);

        withdraw(item);

        given().when()
                .get(RELEASES + "/" + round)
                .then()
                .statusCode(200)
                .body("items.itemId", contains(item.toString()))
                .body("items[0].title", equalTo("钒钛新材料检测分析资源"))
                .body("counts.byZone", equalTo(List.of(Map.of("zone", "panzhihua", "items", 1))));
    }

    @Test
    void theDatabaseRefusesToChangeAPublishedRelease() {
        UUID item = published("neijiang", BoardItemKind.DEMAND, "内江甜城新材料需求");
        UUID round = publishedRelease("2021年第三季度", item);

        assertRefused("update release_item set title = '篡改' where round_id = ?1", round, "release items are immutable");
        assertRefused("delete from release_item where round_id = ?1", round, "release items are immutable");
        assertRefused(
                "update collection_round set name = name || '（改）' where id = ?1", round, "releases are immutable");
        assertRefused("delete from round_submission where round_id = ?1", round, "its submissions no longer change");
        assertRefused(
                "insert into release_item select gen_random_uuid(), round_id, gen_random_uuid(), zone_code, kind,"
                        + " title, description, industries, keywords, contact_name, contact_phone, contact_email,"
                        + " valid_from, valid_until from release_item where round_id = ?1",
                round,
                "only a closed round being published gets release items");

        given().when()
                .get(RELEASES + "/" + round)
                .then()
                .body("total", equalTo(1))
                .body("items[0].title", equalTo("内江甜城新材料需求"));
    }

    @Test
    void ofTwoConcurrentPublicationsOfARoundOnlyOneSucceeds() throws Exception {
        UUID round = openRound("2021年第四季度");
        for (int i = 0; i < 3; i++) {
            submit(round, published("yongchuan", BoardItemKind.DEMAND, "永川数字经济需求" + i));
        }
        close(round);

        var start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Object> outcomes = new ArrayList<>();
        try {
            Callable<Object> publication = () -> {
                start.await();
                try {
                    return QuarkusTransaction.requiringNew().call(() -> rounds.publish(round, SECRETARIAT));
                } catch (ProblemException refused) {
                    return refused.problem().type().toString();
                }
            };
            for (Future<Object> outcome : pool.invokeAll(List.of(publication, publication))) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(outcomes)
                .hasSize(2)
                .haveExactly(1, new Condition<>(o -> o instanceof ReleaseSummary, "a release"))
                .contains("https://chuanyu.cn/problems/release-already-published");
        given().when().get(RELEASES + "/" + round).then().statusCode(200).body("total", equalTo(3));
    }

    @Test
    void anonymousCallersCannotPublish() {
        UUID round = openRound("匿名不能发布的季度");
        close(round);
        given().when().post(ROUNDS + "/" + round + "/publication").then().statusCode(401);
        given().when().get(ROUNDS + "/" + round).then().body("status", equalTo("CLOSED"));
    }

    private static UUID publishedRelease(String name, UUID... items) {
        UUID round = openRound(name);
        for (UUID item : items) {
            submit(round, item);
        }
        close(round);
        publish(round);
        return round;
    }

    private void assertRefused(String sql, UUID round, String reason) {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> entityManager
                                .createNativeQuery(sql)
                                .setParameter(1, round)
                                .executeUpdate()))
                .hasStackTraceContaining(reason);
    }
}
