package cn.chuanyu.conference.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.conference.review.ReviewEvents;
import cn.chuanyu.conference.review.ReviewedPaper;
import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.PublishedEvent;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reviewers without a review hear of the conference's review deadline: the scheduled check publishes
 * review.reminder-due.v1 once when it is at most three days away and review.overdue.v1 once after it.
 */
@QuarkusTest
class ReviewDeadlineTest {

    @Inject
    ReviewDeadlines deadlines;

    @Inject
    ReviewReminders reminders;

    @Inject
    ConferenceClock clock;

    @Inject
    EntityManager entityManager;

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void organisersSetTheDeadlineInChinasDates() {
        ReviewedPaper paper = ReviewedPaper.assignedTo(0, expert());
        given().when().get(path(paper.conferenceId())).then().statusCode(404);

        set(paper.conferenceId(), "2020-11-28")
                .then()
                .statusCode(200)
                .body("dueOn", equalTo("2020-11-28"))
                .body("reminderDays", equalTo(3));
        given().when().get(path(paper.conferenceId())).then().statusCode(200).body("dueOn", equalTo("2020-11-28"));
        set(paper.conferenceId(), "2020-02-30").then().statusCode(400).contentType("application/problem+json");
        set(UUID.randomUUID(), "2020-11-28").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "guochao", roles = "researcher")
    void researchersCannotSetTheDeadline() {
        ReviewedPaper paper = ReviewedPaper.assignedTo(0, expert());
        set(paper.conferenceId(), "2020-11-28").then().statusCode(403);
        given().when().get(path(paper.conferenceId())).then().statusCode(403);
    }

    @Test
    void theScheduledCheckRemindsOnlyTheReviewerWithoutAReviewOnceAndAgainWhenTheDeadlineMoves() throws Exception {
        String done = expert();
        String late = expert();
        ReviewedPaper paper = ReviewedPaper.assignedTo(1, done, late);
        LocalDate today = clock.today();

        try (var topic = TopicRecorder.of(ReviewEvents.TOPIC)) {
            setDirectly(paper, today.plusDays(2));
            // nobody calls the check: the scheduler's run finds it
            PublishedEvent reminder = topic.awaitEventAbout(paper.paperId().toString(), DeadlineEvents.REMINDER_DUE);
            EventSchemas.assertConforms(reminder);
            assertThat(reminder.data())
                    .contains("\"subject\":\"" + late + "\"")
                    .contains("\"assignmentId\":\"" + paper.assignments().get(1) + "\"")
                    .contains("\"dueOn\":\"" + today.plusDays(2) + "\"")
                    .contains("\"daysLeft\":2")
                    .contains("玉米株型调控基因的遗传解析")
                    .doesNotContain("郭超")
                    .doesNotContain(done);
        }
        reminders.remind(today, clock.now());
        reminders.remind(today.plusDays(1), clock.now());
        assertThat(payloads(paper, DeadlineEvents.REMINDER_DUE)).hasSize(1);

        setDirectly(paper, today.plusDays(3));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> payloads(paper, DeadlineEvents.REMINDER_DUE).size() == 2);
        assertThat(payloads(paper, DeadlineEvents.REMINDER_DUE).get(1)).contains("\"daysLeft\":3");
        reminders.remind(today.minusDays(1), clock.now());
        assertThat(payloads(paper, DeadlineEvents.REMINDER_DUE)).hasSize(2);
    }

    @Test
    void aPassedDeadlineIsToldOnceAndNeverForADecidedPaper() throws Exception {
        String late = expert();
        ReviewedPaper paper = ReviewedPaper.assignedTo(0, late);
        ReviewedPaper decided = ReviewedPaper.assignedTo(1, expert(), expert());
        decided.decide(false, null);
        LocalDate today = clock.today();
        setDirectly(decided, today.minusDays(1));

        try (var topic = TopicRecorder.of(ReviewEvents.TOPIC)) {
            setDirectly(paper, today.minusDays(1));
            PublishedEvent overdue = topic.awaitEventAbout(paper.paperId().toString(), DeadlineEvents.OVERDUE);
            EventSchemas.assertConforms(overdue);
            assertThat(overdue.data()).contains("\"subject\":\"" + late + "\"").contains("\"daysOverdue\":1");
        }
        reminders.noticeOverdue(today.plusDays(5), clock.now());
        reminders.remind(today.minusDays(1), clock.now());
        assertThat(payloads(paper, DeadlineEvents.OVERDUE)).hasSize(1);
        assertThat(payloads(paper, DeadlineEvents.REMINDER_DUE)).isEmpty();
        assertThat(payloads(decided, DeadlineEvents.OVERDUE)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> payloads(ReviewedPaper paper, String type) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery(
                                "select payload from outbox_event where aggregate_id = ?1 and event_type = ?2"
                                        + " order by id",
                                String.class)
                        .setParameter(1, paper.paperId().toString())
                        .setParameter(2, type)
                        .getResultList());
    }

    private void setDirectly(ReviewedPaper paper, LocalDate dueOn) {
        QuarkusTransaction.requiringNew()
                .run(() -> deadlines.set(
                        paper.conferenceId(), new ReviewDeadlineRequest(dueOn), ConferenceFixtures.ORGANISER));
    }

    private static String expert() {
        return "expert-dl-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String path(UUID conference) {
        return "/api/conference/conferences/" + conference + "/review-deadline";
    }

    private static Response set(UUID conference, String dueOn) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("dueOn", dueOn))
                .when()
                .put(path(conference));
    }
}
