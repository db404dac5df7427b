package cn.chuanyu.eventing.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import cn.chuanyu.eventing.notes.NoteEvents;
import cn.chuanyu.eventing.notes.NoteResource;
import cn.chuanyu.eventing.notes.TestCallers;
import cn.chuanyu.eventing.notes.TestDatabase;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key on the test application's create (a note, its row and its outbox event), as a service's POST: a retry
 * gets the first answer and changes nothing; the key is per caller and stands for one request.
 */
@QuarkusTest
class IdempotencyKeyTest {

    private static final String KEY = "Idempotency-Key";
    private static final String PROBLEMS = "https://chuanyu.cn/problems/";

    @Inject
    TestDatabase rows;

    @Test
    void theSameKeyAndBodyAnswerTheFirstResultWithoutASecondNoteOrEvent() throws Exception {
        try (var topic = TopicRecorder.of(NoteEvents.TOPIC)) {
            String key = UUID.randomUUID().toString();
            String title = "只写一次的笔记 " + key;

            Response first = create("alice", key, title);
            Response retry = create("alice", key, title);

            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(first.header("Idempotent-Replayed")).isNull();
            assertThat(retry.statusCode()).isEqualTo(201);
            assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(retry.header("Location"))
                    .isEqualTo(first.header("Location"))
                    .endsWith("/notes/" + id(first));
            assertThat(retry.contentType()).isEqualTo(first.contentType()).startsWith("application/json");
            assertThat(retry.asByteArray()).isEqualTo(first.asByteArray());
            assertThat(retry.jsonPath().getString("title")).isEqualTo(title);

            assertThat(rows.count("select count(*) from note where title = ?1", title))
                    .isEqualTo(1);
            assertThat(rows.count("select count(*) from outbox_event where aggregate_id = ?1", id(first)))
                    .isEqualTo(1);
            assertThat(rows.count("select count(*) from idempotency_key where idempotency_key = ?1", key))
                    .isEqualTo(1);
            topic.awaitEventAbout(id(first), NoteEvents.WRITTEN);
            Thread.sleep(500); // a second event, if there were one, would be right behind the first
            assertThat(topic.matching(e -> id(first).equals(e.key()))).hasSize(1);
        }
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422AndChangesNothing() {
        String key = UUID.randomUUID().toString();
        String title = "第一个请求 " + key;
        Response first = create("alice", key, title);
        assertThat(first.statusCode()).isEqualTo(201);

        caller("alice", key)
                .header("Accept-Language", "en")
                .body(body("另一个请求体 " + key))
                .post("/notes")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .header("Content-Language", "en")
                .body("type", is(PROBLEMS + "idempotency-key-reused"))
                .body("title", is("Idempotency-Key used for another request"));
        caller("alice", key)
                .body(body("另一个请求体 " + key))
                .post("/notes")
                .then()
                .statusCode(422)
                .body("title", is("Idempotency-Key 已用于另一个请求"));
        assertThat(rows.count("select count(*) from note where title like ?1", "%" + key))
                .isEqualTo(1);

        // the first request's answer is still there for its retries
        assertThat(create("alice", key, title).asByteArray()).isEqualTo(first.asByteArray());
    }

    @Test
    void twoConcurrentRequestsWithOneKeyHaveOneEffect() throws Exception {
        String key = UUID.randomUUID().toString();
        // the first takes a second to answer after its effect: the second arrives while it holds the key
        String title = NoteResource.SLOW + "并发的重复请求 " + key;
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Response> request = () -> {
                start.await();
                return create("alice", key, title);
            };
            List<Future<Response>> answers = List.of(clients.submit(request), clients.submit(request));
            start.countDown();
            Response one = answers.get(0).get();
            Response other = answers.get(1).get();

            assertThat(List.of(one.statusCode(), other.statusCode())).containsOnly(201);
            assertThat(id(one)).isEqualTo(id(other));
            assertThat(List.of(
                            String.valueOf(one.header("Idempotent-Replayed")),
                            String.valueOf(other.header("Idempotent-Replayed"))))
                    .containsExactlyInAnyOrder("true", "null");
            assertThat(rows.count("select count(*) from note where title = ?1", title))
                    .isEqualTo(1);
            assertThat(rows.count("select count(*) from outbox_event where aggregate_id = ?1", id(one)))
                    .isEqualTo(1);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void anAnswerBuiltAfterAChangeShowsTheVersionItCommittedWithAKeyAsWithout() {
        String withoutKey = id(create("alice", UUID.randomUUID().toString(), "将被修订的笔记"));
        String withKey = id(create("alice", UUID.randomUUID().toString(), "将被带键修订的笔记"));

        given().contentType(ContentType.JSON)
                .body(body("修订后"))
                .post("/notes/" + withoutKey + "/revisions")
                .then()
                .statusCode(200)
                .body("version", is(1));
        // the service's transaction is the filter's here: the change must still be flushed before the answer
        caller("alice", UUID.randomUUID().toString())
                .body(body(NoteResource.QUIET + "带键修订后"))
                .post("/notes/" + withKey + "/revisions")
                .then()
                .statusCode(200)
                .body("version", is(1));
        given().get("/notes/" + withKey).then().body("version", is(1)).body("title", is(NoteResource.QUIET + "带键修订后"));
    }

    @Test
    void withoutAKeyEveryPostCreates() {
        String title = "没有键的请求 " + UUID.randomUUID();
        String first =
                id(given().contentType(ContentType.JSON).body(body(title)).post("/notes"));
        String second =
                id(given().contentType(ContentType.JSON).body(body(title)).post("/notes"));

        assertThat(first).isNotEqualTo(second);
        assertThat(rows.count("select count(*) from note where title = ?1", title))
                .isEqualTo(2);
    }

    @Test
    void theKeyOfAnotherCallerDoesNotCollide() {
        String key = UUID.randomUUID().toString();
        Response alice = create("alice", key, "alice 的笔记 " + key);
        Response bob = create("bob", key, "bob 的笔记 " + key);
        Response anonymous = given().contentType(ContentType.JSON)
                .header(KEY, key)
                .body(body("匿名的笔记 " + key))
                .post("/notes");

        assertThat(List.of(alice.statusCode(), bob.statusCode(), anonymous.statusCode()))
                .containsOnly(201);
        assertThat(List.of(id(alice), id(bob), id(anonymous))).doesNotHaveDuplicates();
        assertThat(rows.count("select count(*) from idempotency_key where idempotency_key = ?1", key))
                .isEqualTo(3);
    }

    @Test
    void aRefusedRequestIsNotStoredSoItsCorrectedRetryRuns() {
        String key = UUID.randomUUID().toString();
        caller("alice", key).body(body(" ")).post("/notes").then().statusCode(400);
        assertThat(rows.count("select count(*) from idempotency_key where idempotency_key = ?1", key))
                .isZero();

        assertThat(create("alice", key, "改正后的请求 " + key).statusCode()).isEqualTo(201);
    }

    @Test
    void theQuotedStructuredFieldFormIsTheSameKey() {
        String key = UUID.randomUUID().toString();
        String title = "带引号的键 " + key;
        Response bare = create("alice", key, title);
        Response quoted = caller("alice", "\"" + key + "\"").body(body(title)).post("/notes");

        assertThat(quoted.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(id(quoted)).isEqualTo(id(bare));
    }

    @Test
    void aMalformedOrOverlongKeyIsRefusedWith400AndChangesNothing() {
        String title = "键无效的请求 " + UUID.randomUUID();
        for (String key : List.of("k".repeat(256), "two words", "\"unterminated", "\"\"", "a,b")) {
            caller("alice", key)
                    .body(body(title))
                    .post("/notes")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", is(PROBLEMS + "invalid-idempotency-key"));
        }
        given().contentType(ContentType.JSON)
                .header(KEY, "one")
                .header(KEY, "two")
                .body(body(title))
                .post("/notes")
                .then()
                .statusCode(400)
                .body("type", is(PROBLEMS + "invalid-idempotency-key"));
        assertThat(create("alice", "k".repeat(255), title).statusCode()).isEqualTo(201);
        assertThat(rows.count("select count(*) from note where title = ?1", title))
                .isEqualTo(1);
    }

    private static Response create(String user, String key, String title) {
        return caller(user, key).body(body(title)).post("/notes");
    }

    private static RequestSpecification caller(String user, String key) {
        return given().contentType(ContentType.JSON)
                .header(TestCallers.HEADER, user)
                .header(KEY, key);
    }

    private static String body(String title) {
        return "{\"title\": \"%s\"}".formatted(title);
    }

    private static String id(Response response) {
        return response.jsonPath().getString("id");
    }
}
