package cn.chuanyu.gateway;

import static io.restassured.RestAssured.given;

import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/** Asks a fake service's control server directly, bypassing the gateway, what reached it; stops and starts it. */
final class Upstreams {

    private Upstreams() {}

    static List<String> requestsSeenBy(String context) {
        return given().baseUri(controlUrl(context))
                .port(-1)
                .get("/fake/requests")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("", String.class);
    }

    /** How often {@code method path} reached the service. */
    static long hits(String context, String method, String path) {
        return requestsSeenBy(context).stream()
                .filter((method + " " + path)::equals)
                .count();
    }

    static void stop(String context) {
        given().baseUri(controlUrl(context)).port(-1).post("/fake/stop").then().statusCode(200);
    }

    static void start(String context) {
        given().baseUri(controlUrl(context)).port(-1).post("/fake/start").then().statusCode(200);
    }

    private static String controlUrl(String context) {
        return ConfigProvider.getConfig().getValue("fake." + context + ".control-url", String.class);
    }
}
