package cn.chuanyu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DependenciesDown.class)
class UnreachableDependenciesTest {

    /** The management interface's root, {@code http://host:port/q/}: health and metrics. */
    @TestHTTPResource(management = true)
    URL management;

    @Test
    void aServiceThatIsDownGives502ProblemNamingItsContext() {
        given().contentType("application/json")
                .header("Accept-Language", "en-US,en;q=0.9,zh-CN;q=0.5")
                .body("{\"name\":\"初级技术经纪人\"}")
                .post("/api/training/programmes")
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .header("Content-Language", "en")
                .body("type", equalTo("https://chuanyu.cn/problems/upstream-unavailable"))
                .body("title", equalTo("Service unavailable"))
                .body("status", equalTo(502))
                .body("detail", equalTo("The training service cannot be reached"));
    }

    @Test
    void theOtherContextsStillWorkForAnonymousCallers() {
        given().get("/api/conference/echo").then().statusCode(200).body("service", equalTo("conference"));
    }

    @Test
    void aTokenThatCannotBeCheckedGives503ProblemNotAnInternalError() {
        given().auth()
                .oauth2(Tokens.valid("fancong"))
                .get("/api/conference/echo")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Content-Language", "zh-CN")
                .body("type", equalTo("https://chuanyu.cn/problems/identity-provider-unavailable"))
                .body("title", equalTo("身份认证服务暂不可用"));
    }

    @Test
    void theOpenApiDocumentKeepsWhatIsReachableAndNamesWhatIsMissing() {
        given().get("/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/conference/echo"))
                .body("paths", hasKey("/api/alliance/echo"))
                .body("paths", not(hasKey("/api/training/echo")))
                .body("x-unavailable", contains("training"));
    }

    @Test
    void theGatewayIsReadyWhileItsDependenciesAreDown() {
        given().get(management + "health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
