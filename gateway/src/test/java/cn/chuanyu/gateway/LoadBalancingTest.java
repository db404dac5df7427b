package cn.chuanyu.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Several instances of a service behind the gateway: shared in turn, and one that stops is left out at once. */
@QuarkusTest
@TestProfile(TwoInstances.class)
class LoadBalancingTest {

    private static final String FIRST = "conference";
    private static final String SECOND = "conference.2";

    @Test
    void requestsAreSharedBetweenTheInstances() {
        String path = "/api/conference/" + UUID.randomUUID() + "/papers";
        for (int i = 0; i < 10; i++) {
            given().get(path).then().statusCode(200).body("service", equalTo("conference"));
        }
        assertThat(Upstreams.hits(FIRST, "GET", path)).isEqualTo(5);
        assertThat(Upstreams.hits(SECOND, "GET", path)).isEqualTo(5);
    }

    @Test
    void whenAnInstanceStopsEveryRequestWritesIncludedIsServedByTheOtherAndItIsTakenBackWhenItReturns() {
        String path = "/api/conference/" + UUID.randomUUID() + "/papers";
        Upstreams.stop(SECOND);
        try {
            for (int i = 0; i < 10; i++) {
                given().get(path).then().statusCode(200);
                // a write the stopped instance refused goes to the other one, body and all: nothing was sent
                given().contentType(ContentType.JSON)
                        .body("{\"title\":\"川渝科技协同 " + i + "\"}")
                        .post(path)
                        .then()
                        .statusCode(201)
                        .body("body", equalTo("{\"title\":\"川渝科技协同 " + i + "\"}"));
            }
            assertThat(Upstreams.hits(FIRST, "GET", path)).isEqualTo(10);
            assertThat(Upstreams.hits(FIRST, "POST", path)).isEqualTo(10);
        } finally {
            Upstreams.start(SECOND);
        }
        // its circuit probes again after 2 s: from then on it gets its share
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (Upstreams.hits(SECOND, "GET", path) == 0 && Instant.now().isBefore(giveUp)) {
            given().get(path).then().statusCode(200);
        }
        assertThat(Upstreams.hits(SECOND, "GET", path)).isPositive();
    }
}
