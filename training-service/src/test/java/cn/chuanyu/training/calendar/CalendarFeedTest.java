package cn.chuanyu.training.calendar;

import static cn.chuanyu.training.TrainingFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.chuanyu.calendar.CalendarFeeds;
import cn.chuanyu.calendar.FeedSecret;
import cn.chuanyu.calendar.testing.Feed;
import cn.chuanyu.training.TrainingFixtures;
import cn.chuanyu.training.course.Courses;
import cn.chuanyu.training.kernel.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarFeedTest {

    private static final String FEEDS = "/api/training/calendar-feeds";

    @Test
    @TestSecurity(user = "liuyang-calendar", roles = "trainee")
    void aTraineesFeedShowsTheirProgrammesSessionsInChinasTimeUntilTheyWithdraw() {
        UUID programme = TrainingFixtures.programme(50);
        UUID course = TrainingFixtures.course(programme, "wangjianguo");
        LocalDate day = today().plusDays(2);
        UUID session = TrainingFixtures.session(course, day);
        UUID otherProgrammesSession =
                TrainingFixtures.session(TrainingFixtures.course(TrainingFixtures.programme(50), "wangjianguo"), day);
        UUID enrolment = TrainingFixtures.enrol(programme, "liuyang-calendar", "刘洋");

        URI url = URI.create(created("手机日历").path("url"));
        Feed feed = Feed.read(url);

        VEvent event = feed.event(uid(session));
        assertThat(Feed.text(event, Property.SUMMARY)).isEqualTo("技术转移政策与法规解读");
        assertThat(Feed.text(event, Property.LOCATION)).isEqualTo("易智网总部基地 一号教室");
        assertThat(Feed.text(event, Property.DESCRIPTION))
                .contains("培训班：成渝地区双城经济圈初级技术经纪人培训班-", "专题：《促进科技成果转化法》要点", "授课专家：王建国（科学技术部火炬高技术产业开发中心）");
        assertThat(Feed.startInChina(event)).isEqualTo(day.atTime(9, 0));
        assertThat(Feed.text(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(feed.uids()).doesNotContain(uid(otherProgrammesSession));
        Feed.assertSameEvents(feed, Feed.read(url));

        int sequence = Integer.parseInt(Feed.text(event, Property.SEQUENCE));
        QuarkusTransaction.requiringNew()
                .run(() -> TrainingFixtures.service(Courses.class)
                        .editSession(
                                course,
                                session,
                                TrainingFixtures.morning(day.plusDays(1), 0L),
                                Caller.admin(TrainingFixtures.ADMIN)));
        VEvent moved = Feed.read(url).event(uid(session));
        assertThat(Feed.startInChina(moved)).isEqualTo(day.plusDays(1).atTime(9, 0));
        assertThat(Integer.parseInt(Feed.text(moved, Property.SEQUENCE))).isGreaterThan(sequence);

        given().when()
                .post("/api/training/enrolments/" + enrolment + "/withdrawal")
                .then()
                .statusCode(200);
        assertThat(Feed.read(url).find(uid(session))).isEmpty();
    }

    @Test
    void anInstructorsFeedShowsTheSessionsTheyTeachAndIsReadWithoutAToken() {
        UUID programme = TrainingFixtures.programme(50);
        UUID taught = TrainingFixtures.session(TrainingFixtures.course(programme, "zhaomin-calendar"), today());
        UUID someoneElses = TrainingFixtures.session(TrainingFixtures.course(programme, "wangjianguo"), today());
        var created = QuarkusTransaction.requiringNew()
                .call(() -> feeds().create("zhaomin-calendar", "办公室电脑", null, Instant.now()));

        Feed feed = Feed.read(feeds().url("/api/training/calendar", created.secret()));

        assertThat(feed.uids()).contains(uid(taught)).doesNotContain(uid(someoneElses));
        given().when()
                .get("/api/training/calendar/" + created.secret() + ".ics")
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, max-age=300");
    }

    @Test
    @TestSecurity(user = "feed-owner", roles = "instructor")
    void ownersListAndRevokeOnlyTheirOwnFeedsAndEveryDeadSecretIsTheSameNotFound() {
        ExtractableResponse<Response> created = created("平板日历");
        String id = created.path("id");
        URI url = URI.create(created.path("url"));
        assertThat(created.header("Location")).endsWith(FEEDS + "/" + id);
        String secret = url.getPath().replaceAll(".*/(.*)\\.ics$", "$1");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43);
        var othersFeed = QuarkusTransaction.requiringNew()
                .call(() -> feeds().create("someone-else", "别人的日历", null, Instant.now()));

        given().when()
                .get(FEEDS)
                .then()
                .statusCode(200)
                .body("id", hasItem(id))
                .body("find { it.id == '" + id + "' }.name", equalTo("平板日历"))
                .body("find { it.id == '" + id + "' }.url", nullValue())
                .body("id", not(hasItem(othersFeed.feed().id.toString())));
        assertThat(storedHashes(id)).isEqualTo(FeedSecret.hash(secret)).isNotEqualTo(secret);

        notFound(given().when().delete(FEEDS + "/" + othersFeed.feed().id));
        Feed.read(feeds().url("/api/training/calendar", othersFeed.secret()));

        given().when().delete(FEEDS + "/" + id).then().statusCode(204);
        Response revoked = given().when().get(url.getRawPath());
        Response unknown = given().when().get("/api/training/calendar/" + FeedSecret.generate() + ".ics");
        notFound(revoked);
        notFound(unknown);
        assertThat(revoked.asString()).isEqualTo(unknown.asString());
        notFound(given().when().get("/api/training/calendar/not-a-secret.ics"));
        notFound(given().when().delete(FEEDS + "/" + id));
    }

    @Test
    @TestSecurity(user = "feed-owner", roles = "trainee")
    void aFeedNeedsAName() {
        for (String body : new String[] {"{}", "{\"name\": \"  \"}", "{\"name\": \"" + "日".repeat(101) + "\"}"}) {
            given().contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post(FEEDS)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    @TestSecurity(user = "many-feeds", roles = "trainee")
    void aPersonHoldsAtMostTwentyFeedsAndMayCreateAnotherOnceOneIsRevoked() {
        String first = created("日历 1").path("id");
        for (int i = 2; i <= CalendarFeeds.FEEDS_PER_OWNER; i++) {
            created("日历 " + i);
        }

        given().contentType(ContentType.JSON)
                .body("{\"name\": \"第二十一个日历\"}")
                .when()
                .post(FEEDS)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/too-many-calendar-feeds"))
                .body("detail", equalTo("每人最多同时持有 20 个日历订阅；请先撤销不再使用的"));
        given().when()
                .get(FEEDS)
                .then()
                .statusCode(200)
                .body("size()", equalTo(CalendarFeeds.FEEDS_PER_OWNER))
                .body("name", not(hasItem("第二十一个日历")));

        given().when().delete(FEEDS + "/" + first).then().statusCode(204);
        created("第二十一个日历");
    }

    @Test
    @TestSecurity(user = "cqkjy-admin", roles = "training-admin")
    void administratorsHaveNoSessionsOfTheirOwnAndNoFeed() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"管理员日历\"}")
                .when()
                .post(FEEDS)
                .then()
                .statusCode(403);
    }

    private static ExtractableResponse<Response> created(String name) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\"}")
                .when()
                .post(FEEDS)
                .then()
                .statusCode(201)
                .body("name", equalTo(name))
                .extract();
    }

    private static void notFound(Response answer) {
        answer.then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/not-found"))
                .body("detail", equalTo("没有这个日历订阅，或它已被撤销"));
    }

    private static String storedHashes(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) TrainingFixtures.service(EntityManager.class)
                .createNativeQuery("select secret_hash from calendar_feed where id = cast(:id as uuid)")
                .setParameter("id", id)
                .getSingleResult());
    }

    private static CalendarFeeds feeds() {
        return TrainingFixtures.service(CalendarFeeds.class);
    }

    private static String uid(UUID session) {
        return "session-" + session + "@training.chuanyu.cn";
    }
}
