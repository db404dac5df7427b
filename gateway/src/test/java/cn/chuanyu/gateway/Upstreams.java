package cn.chuanyu.gateway;

import static io.restassured.RestAssured.given;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

/** Asks a fake service directly, bypassing the gateway, what reached it. */
final class Upstreams {

    private Upstreams() {
    }

    static List<String> requestsSeenBy(String context) {
        String url = ConfigProvider.getConfig().getValue("chuanyu.gateway." + context + "-url", String.class);
        return given().baseUri(url).port(-1).get("/fake/requests").then().statusCode(200)
                .extract().jsonPath().getList("", String.class);
    }
}
