package cn.chuanyu.alliance.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItemRequest;
import cn.chuanyu.alliance.board.BoardItems;
import cn.chuanyu.alliance.broker.CertificateEvents;
import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.project.SigningParty;
import cn.chuanyu.alliance.project.WorkChain;
import cn.chuanyu.alliance.project.WorkChainRequests;
import cn.chuanyu.alliance.seminar.SeminarRequest;
import cn.chuanyu.alliance.seminar.Seminars;
import cn.chuanyu.calendar.CalendarFeeds;
import cn.chuanyu.calendar.FeedSecret;
import cn.chuanyu.calendar.testing.Feed;
import cn.chuanyu.testing.TestEventProducer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AllianceCalendarTest {

    private static final String FEEDS = "/api/alliance/calendar-feeds";
    private static final Caller SECRETARIAT = new Caller("secretariat", null, true);

    private static TestEventProducer training;
    private static String broker;

    @Inject
    BoardItems items;

    @Inject
    WorkChain chain;

    @Inject
    Seminars seminars;

    @Inject
    CalendarFeeds feeds;

    @BeforeAll
    static void connect() {
        training = TestEventProducer.create();
    }

    @AfterAll
    static void disconnect() {
        training.close();
    }

    @Test
    @TestSecurity(
            user = "officer-chongqing",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chongqing"))
    void anOfficersFeedShowsTheirZonesSeminarsAndTheConsultationsOfTheirZonesProjects() {
        LocalDate today = LocalDate.now(AllianceClock.CHINA);
        UUID attended = seminar("川渝高新区党建联盟研讨会（德阳）", "deyang", List.of("chongqing", "chengdu"), today.minusDays(3));
        UUID elsewhere = seminar("乐山泸州党建交流会", "leshan", List.of("luzhou"), today.minusDays(3));
        UUID partnered = signed("chengdu", "chongqing", "锂电池回收中试合作", today.minusDays(30));
        UUID held = consulted(partnered, today.minusDays(10), "中试线选址已确定，下月签订场地协议");
        UUID notOurs = consulted(signed("mianyang", "zigong", "钒钛新材料联合攻关", today.minusDays(30)), today, "无");

        URI url = URI.create(given().contentType(ContentType.JSON)
                .body("{\"name\": \"联络员手机\"}")
                .when()
                .post(FEEDS)
                .then()
                .statusCode(201)
                .extract()
                .path("url"));
        Feed feed = Feed.read(url);

        VEvent seminar = feed.event("seminar-" + attended + "@alliance.chuanyu.cn");
        assertThat(Feed.text(seminar, Property.SUMMARY)).isEqualTo("川渝高新区党建联盟研讨会（德阳）");
        assertThat(Feed.text(seminar, Property.LOCATION)).isEqualTo("德阳高新区");
        assertThat(Feed.text(seminar, Property.DESCRIPTION)).startsWith("主办：德阳高新区\n参加：重庆高新区、成都高新区");
        assertThat(Feed.day(seminar)).isEqualTo(today.minusDays(3));
        VEvent consultation = feed.event("consultation-" + held + "@alliance.chuanyu.cn");
        assertThat(Feed.text(consultation, Property.SUMMARY)).isEqualTo("定期会商：锂电池回收中试合作");
        assertThat(Feed.text(consultation, Property.DESCRIPTION)).endsWith("纪要：中试线选址已确定，下月签订场地协议");
        assertThat(Feed.day(consultation)).isEqualTo(today.minusDays(10));
        VEvent due = feed.event("consultation-due-" + partnered + "@alliance.chuanyu.cn");
        assertThat(Feed.text(due, Property.SUMMARY)).isEqualTo("定期会商到期：锂电池回收中试合作");
        assertThat(Feed.day(due)).isEqualTo(today.minusDays(10).plusDays(90));
        assertThat(feed.uids())
                .doesNotContain(
                        "seminar-" + elsewhere + "@alliance.chuanyu.cn",
                        "consultation-" + notOurs + "@alliance.chuanyu.cn");
        Feed.assertSameEvents(feed, Feed.read(url));
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void theSecretariatsFeedShowsEverySeminar() {
        LocalDate today = LocalDate.now(AllianceClock.CHINA);
        UUID one = seminar("成都党建研讨会", "chengdu", List.of("chongqing"), today.minusDays(1));
        UUID other = seminar("自贡党建研讨会", "zigong", List.of("neijiang"), today.minusDays(2));

        String url = given().contentType(ContentType.JSON)
                .body("{\"name\": \"秘书处\"}")
                .when()
                .post(FEEDS)
                .then()
                .statusCode(201)
                .extract()
                .path("url");

        assertThat(Feed.read(URI.create(url)).uids())
                .contains("seminar-" + one + "@alliance.chuanyu.cn", "seminar-" + other + "@alliance.chuanyu.cn");
    }

    @Test
    @TestSecurity(user = "officer-without-zone", roles = "zone-officer")
    void anOfficerWhoseTokenNamesNoZoneGetsNoFeed() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"手机\"}")
                .when()
                .post(FEEDS)
                .then()
                .statusCode(403)
                .body("type", equalTo("https://chuanyu.cn/problems/forbidden"));
        given().when().get(FEEDS).then().statusCode(200);
    }

    @Test
    @TestSecurity(
            user = "officer-deyang",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "deyang"))
    void anotherUsersFeedCannotBeRevokedAndARevokedFeedIsNotFoundLikeAnUnknownOne() {
        var others = QuarkusTransaction.requiringNew()
                .call(() -> feeds.create("officer-chengdu", "成都", "zone:chengdu", Instant.now()));
        String mine = given().contentType(ContentType.JSON)
                .body("{\"name\": \"德阳\"}")
                .when()
                .post(FEEDS)
                .then()
                .statusCode(201)
                .extract()
                .path("url");

        notFound(given().when().delete(FEEDS + "/" + others.feed().id));
        Feed.read(feeds.url("/api/alliance/calendar", others.secret()));
        String id = given().when().get(FEEDS).then().statusCode(200).extract().path("find { it.name == '德阳' }.id");
        given().when().delete(FEEDS + "/" + id).then().statusCode(204);
        notFound(given().when().get(URI.create(mine).getRawPath()));
        notFound(given().when().get("/api/alliance/calendar/" + FeedSecret.generate() + ".ics"));
    }

    private static void notFound(Response answer) {
        answer.then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("没有这个日历订阅，或它已被撤销"));
    }

    private UUID seminar(String title, String host, List<String> attending, LocalDate heldOn) {
        return QuarkusTransaction.requiringNew()
                .call(() -> seminars.record(
                                new SeminarRequest(title, host, heldOn, attending, "交流党建引领科技合作经验"), SECRETARIAT)
                        .id);
    }

    /** A project of the lead zone's demand answered by the partner zone's resource, signed on the day. */
    private UUID signed(String lead, String partner, String title, LocalDate agreedOn) {
        if (broker == null) {
            broker = CertificateEvents.certifiedToday(training, "李经纪");
        }
        UUID demand = published(lead, BoardItemKind.DEMAND, title);
        UUID resource = published(partner, BoardItemKind.RESOURCE, title + "（资源）");
        Caller officer = new Caller("officer-" + lead, lead, false);
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID project = chain.start(new WorkChainRequests.Start(demand, null, null), officer).id;
            chain.collect(project, new WorkChainRequests.Collect(resource, null, null), officer);
            chain.sign(
                    project,
                    new WorkChainRequests.Sign(
                            agreedOn,
                            List.of(new SigningParty("牵头方管委会", lead), new SigningParty("合作方管委会", partner)),
                            broker,
                            "签约仪式"),
                    officer);
            return project;
        });
    }

    private UUID consulted(UUID project, LocalDate heldOn, String minutes) {
        return QuarkusTransaction.requiringNew()
                .call(() -> chain.consult(
                                project,
                                new WorkChainRequests.Consult(heldOn, List.of("秘书处", "牵头方"), minutes),
                                SECRETARIAT)
                        .id);
    }

    private UUID published(String zone, BoardItemKind kind, String title) {
        return QuarkusTransaction.requiringNew().call(() -> {
            BoardItem item = items.draft(
                    new BoardItemRequest(
                            zone,
                            kind,
                            title,
                            title + "：详细说明",
                            List.of("新能源"),
                            List.of("电池"),
                            "联络人",
                            null,
                            null,
                            LocalDate.now(AllianceClock.CHINA).minusDays(1),
                            LocalDate.now(AllianceClock.CHINA).plusYears(1),
                            null),
                    SECRETARIAT);
            return items.publish(item.id, SECRETARIAT).id;
        });
    }
}
