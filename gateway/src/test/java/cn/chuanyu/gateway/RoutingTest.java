package cn.chuanyu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@TestProfile(ServicesUp.class)
class RoutingTest {

    /** The management interface's root, {@code http://host:port/q/}: health and metrics. */
    @TestHTTPResource(management = true)
    URL management;

    @ParameterizedTest
    @ValueSource(strings = {"conference", "alliance", "training"})
    void eachContextsPathsReachItsOwnService(String context) {
        given().get("/api/" + context + "/echo")
                .then()
                .statusCode(200)
                .body("service", equalTo(context))
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/" + context + "/echo"));
    }

    @Test
    void pathQueryAndChineseBodyArriveUnchanged() {
        String body = "{\"title\":\"川渝合作之果：有机钾离子电池\",\"region\":\"重庆\"}";
        given().contentType(ContentType.JSON.withCharset("UTF-8"))
                .body(body)
                .queryParam("keyword", "钾离子电池")
                .queryParam("page", 2)
                .put("/api/conference/papers/首届川渝科技学术大会")
                .then()
                .statusCode(200)
                .body("service", equalTo("conference"))
                .body("method", equalTo("PUT"))
                .body("path", equalTo("/api/conference/papers/首届川渝科技学术大会"))
                .body("query", equalTo("keyword=钾离子电池&page=2"))
                .body("body", equalTo(body));
    }

    @Test
    void aCreatedResourcesLocationFromTheServicesPublicBaseUrlComesBackUnchanged() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"璧山高新区\"}")
                .post("/api/alliance/zones")
                .then()
                .statusCode(201)
                .header("Location", equalTo(FakeService.PUBLIC_BASE_URL + "/api/alliance/zones/1"));
    }

    @Test
    void theServiceIsCalledByItsOwnNameNotTheClientsHost() {
        String service = ConfigProvider.getConfig()
                .getValue("chuanyu.gateway.conference-url", String.class)
                .replaceFirst("^http://", "");
        given().header("Host", "api.chuanyu.cn")
                .get("/api/conference/echo")
                .then()
                .statusCode(200)
                .body("host", equalTo(service))
                .body("forwardedHost", equalTo("api.chuanyu.cn"));
    }

    @Test
    void languageAndIdempotencyKeyReachTheServiceUnchanged() {
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .header("Accept-Language", "en-GB,en;q=0.9,zh-CN;q=0.8")
                .body("{\"name\":\"璧山高新区\"}")
                .post("/api/alliance/zones")
                .then()
                .statusCode(201)
                .body("idempotencyKey", equalTo(key))
                .body("acceptLanguage", equalTo("en-GB,en;q=0.9,zh-CN;q=0.8"));
    }

    @Test
    void theServiceLearnsWhoCalledAndHowEvenIfTheClientClaimedOtherwise() {
        given().header("X-Forwarded-For", "203.0.113.9")
                .get("/api/training/echo")
                .then()
                .statusCode(200)
                .body("forwardedFor", equalTo("127.0.0.1"))
                .body("forwardedProto", equalTo("http"))
                .body("forwardedHost", equalTo("localhost:" + RestAssured.port));
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeGives504Problem() {
        given().get("/api/alliance/slow")
                .then()
                .statusCode(504)
                .contentType("application/problem+json")
                .header("Content-Language", "zh-CN")
                .body("type", equalTo("https://chuanyu.cn/problems/upstream-unavailable"))
                .body("status", equalTo(504))
                .body("detail", equalTo("高新区联盟服务未在 1000 毫秒内应答"));
        given().header("Accept-Language", "en")
                .get("/api/alliance/slow")
                .then()
                .statusCode(504)
                .header("Content-Language", "en")
                .body("title", equalTo("Service unavailable"))
                .body("detail", equalTo("The alliance service did not answer within 1000 ms"));
    }

    @Test
    void metricsCountProxiedRequestsPerContextNotPerUrl() {
        String id = UUID.randomUUID().toString();
        given().get("/api/training/certificates/" + id).then().statusCode(200);
        given().get(management + "metrics")
                .then()
                .statusCode(200)
                .body(containsString("uri=\"/api/training/{path}\""))
                .body(not(containsString(id)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nothing-here", "/api/unknown/echo", "/apix/conference/echo"})
    void pathsNoServiceOwnsAre404Problems(String path) {
        given().get(path)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .header("Content-Language", "zh-CN")
                .body("title", equalTo("资源不存在"))
                .body("status", equalTo(404));
    }
}
