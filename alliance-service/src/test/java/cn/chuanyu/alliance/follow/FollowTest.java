package cn.chuanyu.alliance.follow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItemRequest;
import cn.chuanyu.alliance.board.BoardItems;
import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.project.WorkChain;
import cn.chuanyu.alliance.project.WorkChainRequests;
import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.TopicRecorder;
import cn.chuanyu.web.problem.ProblemException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Follows and saved searches over REST, each test as the signed-in user; the board changes through its services. */
@QuarkusTest
class FollowTest {

    private static final String FOLLOWS = "/api/alliance/follows";
    private static final String SEARCHES = "/api/alliance/saved-searches";
    private static final Caller SECRETARIAT = new Caller("secretariat", null, true);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller CHENGDU = new Caller("officer-chengdu", "chengdu", false);

    @Inject
    BoardItems items;

    @Inject
    WorkChain chain;

    @Inject
    Follows follows;

    @Inject
    ExpiredFollowedItems expiry;

    @Test
    @TestSecurity(user = "follower-fan", roles = "researcher")
    void aUserFollowsAnItemAndAProjectAndTheirFollowersHearOfWithdrawalAndStageChanges() throws Exception {
        UUID demand = published("chengdu", BoardItemKind.DEMAND, "关注测试：氢燃料电池需求", today().plusYears(1));
        UUID resource = published("chongqing", BoardItemKind.RESOURCE, "关注测试：电堆测试资源", today().plusYears(1));
        UUID project = QuarkusTransaction.requiringNew()
                .call(() -> chain.start(new WorkChainRequests.Start(demand, null, null), CHENGDU).id);

        String followsItem = follow(Map.of("boardItemId", demand))
                .statusCode(201)
                .body("boardItemId", equalTo(demand.toString()))
                .extract()
                .path("id");
        follow(Map.of("boardItemId", demand)).statusCode(200).body("id", equalTo(followsItem));
        follow(Map.of("projectId", project)).statusCode(201).body("projectId", equalTo(project.toString()));
        given().when()
                .get(FOLLOWS)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.boardItemId", hasItem(demand.toString()));

        try (var notices = TopicRecorder.of(Watchers.WatchEvents.TOPIC)) {
            QuarkusTransaction.requiringNew()
                    .run(() -> chain.collect(project, new WorkChainRequests.Collect(resource, null, null), CHENGDU));
            var stage =
                    notices.awaitEventAbout(project.toString(), Watchers.WatchEvents.FOLLOWED_PROJECT_STAGE_CHANGED);
            EventSchemas.assertConforms(stage);
            assertThat(stage.data())
                    .contains("\"followers\":[\"follower-fan\"]")
                    .contains("\"from\":\"DEMAND_PUBLISHED\"")
                    .contains("\"to\":\"PROJECT_COLLECTED\"");

            QuarkusTransaction.requiringNew().run(() -> items.withdraw(demand, SECRETARIAT));
            var withdrawn = notices.awaitEventAbout(demand.toString(), Watchers.WatchEvents.FOLLOWED_ITEM_CHANGED);
            EventSchemas.assertConforms(withdrawn);
            assertThat(withdrawn.data())
                    .contains("\"status\":\"WITHDRAWN\"")
                    .contains("\"followers\":[\"follower-fan\"]")
                    .contains("关注测试：氢燃料电池需求");
        }

        given().when().delete(FOLLOWS + "/" + followsItem).then().statusCode(204);
        given().when().delete(FOLLOWS + "/" + followsItem).then().statusCode(404);
        given().when().get(FOLLOWS).then().body("items.id", not(hasItem(followsItem)));
    }

    @Test
    @TestSecurity(user = "follower-refused", roles = "company-representative")
    void badFollowsAreRefusedAndAnotherPersonsFollowCannotBeRemoved() {
        UUID published = published("deyang", BoardItemKind.RESOURCE, "关注测试：德阳装备资源", today().plusYears(1));
        UUID draft = QuarkusTransaction.requiringNew()
                .call(() -> items.draft(request("deyang", BoardItemKind.DEMAND, "关注测试：草稿", today()), SECRETARIAT).id);
        follow(Map.of()).statusCode(400).body("type", containsString("/one-target"));
        follow(Map.of("boardItemId", published, "projectId", UUID.randomUUID())).statusCode(400);
        follow(Map.of("boardItemId", draft)).statusCode(404);
        follow(Map.of("projectId", UUID.randomUUID())).statusCode(404);
        given().contentType(ContentType.JSON)
                .body("{\"boardItemId\": \"not-a-uuid\"}")
                .when()
                .post(FOLLOWS)
                .then()
                .statusCode(400);
        given().when().get(FOLLOWS).then().body("total", equalTo(0));

        UUID theirs = QuarkusTransaction.requiringNew()
                .call(() -> follows.follow(new FollowRequest(published, null), "someone-else")
                        .follow()
                        .id);
        given().when().delete(FOLLOWS + "/" + theirs).then().statusCode(404);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Follow.<Follow>findById(theirs) != null))
                .isTrue();

        QuarkusTransaction.requiringNew().run(() -> items.withdraw(published, SECRETARIAT));
        follow(Map.of("boardItemId", published)).statusCode(409).body("type", containsString("/target-not-open"));
    }

    @Test
    @TestSecurity(user = "searcher-li", roles = "researcher")
    void aSavedSearchInChineseIsToldOfANewMatchUnderItsOwnNameOnly() throws Exception {
        var body = new HashMap<String, Object>(
                Map.of("name", "成都固态电池需求", "zone", "chengdu", "kind", "DEMAND", "industry", "新能源", "q", "固态电池"));
        String mine = given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(SEARCHES)
                .then()
                .statusCode(201)
                .body("name", equalTo("成都固态电池需求"))
                .body("q", equalTo("固态电池"))
                .body("industry", equalTo("新能源"))
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(SEARCHES)
                .then()
                .statusCode(409)
                .body("type", containsString("/saved-search-name-taken"));
        body.put("name", "亚特兰蒂斯");
        body.put("zone", "atlantis");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(SEARCHES)
                .then()
                .statusCode(400)
                .body("type", containsString("/unknown-zone"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", " ", "kind", "NOT_A_KIND"))
                .when()
                .post(SEARCHES)
                .then()
                .statusCode(400);
        given().when().get(SEARCHES).then().statusCode(200).body("size()", equalTo(1));

        UUID theirs = QuarkusTransaction.requiringNew()
                .call(() ->
                        follows.save(new SavedSearchRequest("别人的电池检索", null, null, null, "电池"), "searcher-other").id);
        given().when().get(SEARCHES + "/" + theirs).then().statusCode(404);
        given().when().delete(SEARCHES + "/" + theirs).then().statusCode(404);
        given().when().get(SEARCHES + "/" + mine).then().statusCode(200).body("zone", equalTo("chengdu"));

        try (var notices = TopicRecorder.of(Watchers.WatchEvents.TOPIC)) {
            UUID other = published("chongqing", BoardItemKind.DEMAND, "重庆固态电池需求", today().plusYears(1));
            UUID match = published("chengdu", BoardItemKind.DEMAND, "成都固态电池中试需求", today().plusYears(1));
            var matched = notices.awaitEventAbout(match.toString(), Watchers.WatchEvents.SAVED_SEARCH_MATCHED);
            EventSchemas.assertConforms(matched);
            Map<String, List<String>> searchesByUser = new HashMap<>();
            JSON.readTree(matched.data())
                    .path("recipients")
                    .forEach(r -> searchesByUser.put(
                            r.path("user").asText(),
                            JSON.convertValue(r.path("searches"), new TypeReference<List<String>>() {})));
            assertThat(searchesByUser)
                    .containsEntry("searcher-li", List.of("成都固态电池需求"))
                    .containsEntry("searcher-other", List.of("别人的电池检索"));
            var forOther = notices.awaitEventAbout(other.toString(), Watchers.WatchEvents.SAVED_SEARCH_MATCHED);
            assertThat(forOther.data()).contains("searcher-other").doesNotContain("searcher-li");
        }

        given().when().delete(SEARCHES + "/" + mine).then().statusCode(204);
        given().when().get(SEARCHES).then().body("size()", equalTo(0));
        assertThat(QuarkusTransaction.requiringNew().call(() -> SavedSearch.<SavedSearch>findById(theirs) != null))
                .isTrue();
    }

    @Test
    void eachUserSavesAtMostTwentySearches() {
        for (int i = 0; i < Follows.SEARCHES_PER_USER; i++) {
            int n = i;
            QuarkusTransaction.requiringNew()
                    .run(() -> follows.save(new SavedSearchRequest("检索" + n, null, null, null, null), "many-searches"));
        }
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() ->
                                follows.save(new SavedSearchRequest("第二十一个", null, null, null, null), "many-searches")))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(409));
    }

    @Test
    void theFollowersOfAnItemHearOnceThatItExpired() throws Exception {
        UUID item = published("mianyang", BoardItemKind.RESOURCE, "关注测试：绵阳今日到期资源", today());
        QuarkusTransaction.requiringNew().run(() -> follows.follow(new FollowRequest(item, null), "follower-expiry"));
        try (var notices = TopicRecorder.of(Watchers.WatchEvents.TOPIC)) {
            QuarkusTransaction.requiringNew().run(() -> expiry.announce(today().plusDays(1), Instant.now()));
            var expired = notices.awaitEventAbout(item.toString(), Watchers.WatchEvents.FOLLOWED_ITEM_CHANGED);
            EventSchemas.assertConforms(expired);
            assertThat(expired.data()).contains("\"status\":\"EXPIRED\"").contains("follower-expiry");
        }
        QuarkusTransaction.requiringNew().run(() -> expiry.announce(today().plusDays(2), Instant.now()));
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> BoardItem.getEntityManager()
                                .createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1 "
                                        + "and event_type = ?2")
                                .setParameter(1, item.toString())
                                .setParameter(2, Watchers.WatchEvents.FOLLOWED_ITEM_CHANGED)
                                .getSingleResult()))
                .isEqualTo(1L);
    }

    private static ValidatableResponse follow(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(FOLLOWS)
                .then();
    }

    private UUID published(String zone, BoardItemKind kind, String title, LocalDate validUntil) {
        return QuarkusTransaction.requiringNew().call(() -> {
            BoardItem item = items.draft(request(zone, kind, title, validUntil), SECRETARIAT);
            return items.publish(item.id, SECRETARIAT).id;
        });
    }

    private static BoardItemRequest request(String zone, BoardItemKind kind, String title, LocalDate validUntil) {
        return new BoardItemRequest(
                zone,
                kind,
                title,
                title + "：详细说明",
                List.of("新能源"),
                List.of(),
                "联络人",
                null,
                null,
                today().minusDays(1),
                validUntil,
                null);
    }

    private static LocalDate today() {
        return LocalDate.now(AllianceClock.CHINA);
    }
}
