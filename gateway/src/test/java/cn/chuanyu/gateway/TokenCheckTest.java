package cn.chuanyu.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@TestProfile(ServicesUp.class)
class TokenCheckTest {

    @Test
    void aValidTokenIsPassedToTheServiceUnchanged() {
        String token = Tokens.valid("fancong");
        given().auth()
                .oauth2(token)
                .get("/api/conference/echo")
                .then()
                .statusCode(200)
                .body("authorization", equalTo("Bearer " + token));
    }

    @Test
    void anonymousRequestsPassThroughForTheServiceToDecide() {
        given().get("/api/training/echo").then().statusCode(200).body("authorization", nullValue());
    }

    @Test
    void aRefusedTokenIsExplainedInEnglishWhenAskedFor() {
        given().auth()
                .oauth2(Tokens.expired("fancong"))
                .header("Accept-Language", "en")
                .get("/api/conference/echo")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                .header("Content-Language", "en")
                .body("type", equalTo("https://chuanyu.cn/problems/unauthenticated"))
                .body("title", equalTo("Authentication required"))
                .body("detail", startsWith("The bearer token is not valid"));
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("malformed", (UnaryOperator<String>) user -> "not-a-jwt"),
                Arguments.of("expired", (UnaryOperator<String>) Tokens::expired),
                Arguments.of("for another audience", (UnaryOperator<String>) Tokens::forAnotherAudience),
                Arguments.of("signed by a stranger", (UnaryOperator<String>) Tokens::signedByAStranger),
                Arguments.of("two valid tokens in one header", (UnaryOperator<String>)
                        user -> Tokens.valid(user) + " " + Tokens.valid(user)),
                Arguments.of("a valid token and more", (UnaryOperator<String>) user -> Tokens.valid(user) + ", x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void aBadTokenIsRefusedAtTheEdgeAndNeverReachesTheService(String kind, UnaryOperator<String> token) {
        String marker = UUID.randomUUID().toString();
        given().auth()
                .oauth2(token.apply("fancong"))
                .get("/api/conference/papers/" + marker)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                .header("Content-Language", "zh-CN")
                .body("type", equalTo("https://chuanyu.cn/problems/unauthenticated"))
                .body("title", equalTo("需要身份认证"))
                .body("status", equalTo(401));
        assertThat(Upstreams.requestsSeenBy("conference")).noneMatch(request -> request.contains(marker));
    }
}
