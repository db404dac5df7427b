package cn.chuanyu.eventing.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import cn.chuanyu.testing.DatabaseLink;
import cn.chuanyu.testing.RealInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL unreachable (the test cuts the network to it): requests fail fast with a 503 problem and Retry-After,
 * readiness is down, and both recover by themselves when the database is back.
 */
@QuarkusTest
class DatabaseUnavailableTest {

    private final DatabaseLink database = RealInfrastructure.databaseLink();

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void restoreTheDatabase() {
        database.restore();
    }

    @Test
    void platformWebsDefaultsMakeThePoolGiveUpWithinSeconds() {
        var pool = dataSource.getConfiguration().connectionPoolConfiguration();
        assertThat(pool.acquisitionTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(pool.connectionFactoryConfiguration().loginTimeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void whileTheDatabaseIsUnreachableRequestsFailFastWith503AndReadinessIsDownThenBothRecover() {
        String id = create("数据库中断前的笔记", null).then().statusCode(201).extract().path("id");
        database.cut();

        long started = System.nanoTime();
        create("数据库中断期间的笔记", null)
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .header("Content-Language", "zh-CN")
                .body("type", is("https://chuanyu.cn/problems/service-unavailable"))
                .body("title", is("服务暂不可用"))
                .body("detail", containsString("数据库暂时无法访问"));
        given().header("Accept-Language", "en")
                .get("/notes/" + id)
                .then()
                .statusCode(503)
                .header("Retry-After", "5")
                .body("detail", containsString("The database cannot be reached"));
        // with an Idempotency-Key the key's own bookkeeping meets the outage first: the same answer
        create("数据库中断期间带键的笔记", UUID.randomUUID().toString())
                .then()
                .statusCode(503)
                .header("Retry-After", "5");
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("three requests, each failing fast")
                .isLessThan(Duration.ofSeconds(15));
        given().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"));

        database.restore();

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
        create("数据库恢复后的笔记", UUID.randomUUID().toString()).then().statusCode(201);
        given().get("/notes/" + id).then().statusCode(200).body("title", is("数据库中断前的笔记"));
    }

    private static Response create(String title, String idempotencyKey) {
        var request = given().contentType(ContentType.JSON).body("{\"title\": \"%s\"}".formatted(title));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/notes");
    }
}
