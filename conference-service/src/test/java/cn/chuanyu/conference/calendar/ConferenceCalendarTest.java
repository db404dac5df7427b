package cn.chuanyu.conference.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.calendar.CalendarFeeds;
import cn.chuanyu.calendar.FeedSecret;
import cn.chuanyu.calendar.testing.Feed;
import cn.chuanyu.conference.deadline.ReviewDeadlineRequest;
import cn.chuanyu.conference.deadline.ReviewDeadlines;
import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.conference.paper.PaperFixtures;
import cn.chuanyu.conference.review.ReviewedPaper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConferenceCalendarTest {

    private static final String FEEDS = "/api/conference/calendar-feeds";

    @Inject
    CalendarFeeds feeds;

    @Inject
    ReviewDeadlines deadlines;

    @Inject
    ConferenceClock clock;

    @Test
    void aReviewersFeedShowsTheirConferencesDaysCallAndReviewDeadlineWhichMoveWithTheirChanges() {
        String expert = "expert-cal-" + UUID.randomUUID().toString().substring(0, 8);
        ReviewedPaper paper = ReviewedPaper.assignedTo(0, expert);
        UUID conference = paper.conferenceId();
        UUID notTheirs = ConferenceFixtures.withOpenCall();
        LocalDate today = clock.today();
        deadline(conference, today.plusDays(5));
        URI url = url(expert, null);

        Feed feed = Feed.read(url);

        VEvent days = feed.event("conference-" + conference + "@conference.chuanyu.cn");
        assertThat(Feed.text(days, Property.SUMMARY)).isEqualTo("首届川渝科技学术大会");
        assertThat(Feed.text(days, Property.LOCATION)).isEqualTo("成都");
        assertThat(Feed.text(days, Property.DESCRIPTION)).endsWith("主办：四川省科学技术协会、重庆市科学技术协会");
        assertThat(Feed.day(days)).isEqualTo(LocalDate.of(2020, 12, 10));
        assertThat(Feed.endDay(days)).isEqualTo(LocalDate.of(2020, 12, 11));
        VEvent call = feed.event("call-closes-" + conference + "@conference.chuanyu.cn");
        assertThat(Feed.text(call, Property.SUMMARY)).isEqualTo("论文截稿：首届川渝科技学术大会");
        assertThat(Feed.day(call)).isEqualTo(today.plusDays(1));
        VEvent due = feed.event("review-deadline-" + conference + "@conference.chuanyu.cn");
        assertThat(Feed.text(due, Property.SUMMARY)).isEqualTo("评审截止：首届川渝科技学术大会");
        assertThat(Feed.day(due)).isEqualTo(today.plusDays(5));
        assertThat(feed.uids()).noneMatch(uid -> uid.contains(notTheirs.toString()));
        Feed.assertSameEvents(feed, Feed.read(url));

        deadline(conference, today.plusDays(8));
        VEvent moved = Feed.read(url).event("review-deadline-" + conference + "@conference.chuanyu.cn");
        assertThat(Feed.day(moved)).isEqualTo(today.plusDays(8));
        assertThat(Long.parseLong(Feed.text(moved, Property.SEQUENCE)))
                .isGreaterThan(Long.parseLong(Feed.text(due, Property.SEQUENCE)));
    }

    @Test
    void anAuthorsFeedShowsTheConferenceTheySubmittedToButNotItsReviewDeadline() {
        ReviewedPaper paper = ReviewedPaper.assignedTo(
                0, "expert-cal-" + UUID.randomUUID().toString().substring(0, 8));
        deadline(paper.conferenceId(), clock.today().plusDays(5));

        Feed feed = Feed.read(url(PaperFixtures.GUO_CHAO, null));

        assertThat(feed.uids())
                .contains("conference-" + paper.conferenceId() + "@conference.chuanyu.cn")
                .doesNotContain("review-deadline-" + paper.conferenceId() + "@conference.chuanyu.cn");
    }

    @Test
    void anyoneReadsThePublicCalendarOfConferenceDatesWithoutReviewDeadlines() {
        ReviewedPaper paper = ReviewedPaper.assignedTo(
                0, "expert-cal-" + UUID.randomUUID().toString().substring(0, 8));
        deadline(paper.conferenceId(), clock.today().plusDays(5));

        Feed feed = Feed.read(URI.create("/api/conference/calendar/conferences.ics"));

        assertThat(feed.uids())
                .contains(
                        "conference-" + paper.conferenceId() + "@conference.chuanyu.cn",
                        "call-closes-" + paper.conferenceId() + "@conference.chuanyu.cn")
                .noneMatch(uid -> uid.startsWith("review-deadline-"));
    }

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void anOrganisersFeedShowsEveryConferencesDeadlinesAndOnlyTheOwnerRevokesIt() {
        ReviewedPaper paper = ReviewedPaper.assignedTo(
                0, "expert-cal-" + UUID.randomUUID().toString().substring(0, 8));
        deadline(paper.conferenceId(), clock.today().plusDays(5));
        var others = QuarkusTransaction.requiringNew()
                .call(() -> feeds.create(PaperFixtures.GUO_CHAO, "郭超的日历", null, Instant.now()));

        var created = given().contentType(ContentType.JSON)
                .body("{\"name\": \"大会组委会\"}")
                .when()
                .post(FEEDS)
                .then()
                .statusCode(201)
                .extract();
        URI url = URI.create(created.path("url"));
        assertThat(Feed.read(url).uids())
                .contains("review-deadline-" + paper.conferenceId() + "@conference.chuanyu.cn");

        notFound(given().when().delete(FEEDS + "/" + others.feed().id));
        Feed.read(feeds.url("/api/conference/calendar", others.secret()));
        given().when().delete(FEEDS + "/" + created.path("id")).then().statusCode(204);
        notFound(given().when().get(url.getRawPath()));
        notFound(given().when().get("/api/conference/calendar/" + FeedSecret.generate() + ".ics"));
    }

    @Test
    @TestSecurity(user = "partner-system", roles = "partner")
    void aPartnerHasNoPrivateFeed() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"合作方\"}")
                .when()
                .post(FEEDS)
                .then()
                .statusCode(403);
    }

    private void deadline(UUID conference, LocalDate dueOn) {
        QuarkusTransaction.requiringNew()
                .run(() -> deadlines.set(conference, new ReviewDeadlineRequest(dueOn), ConferenceFixtures.ORGANISER));
    }

    private URI url(String owner, String scope) {
        var created = QuarkusTransaction.requiringNew().call(() -> feeds.create(owner, "日历", scope, Instant.now()));
        return feeds.url("/api/conference/calendar", created.secret());
    }

    private static void notFound(Response answer) {
        answer.then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("没有这个日历订阅，或它已被撤销"));
    }
}
