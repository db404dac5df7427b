package cn.chuanyu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(ServicesUp.class)
class PortalTest {

    @Test
    void theOpenApiDocumentMergesTheThreeServicesBehindTheGateway() {
        given().get("/openapi")
                .then().statusCode(200)
                .contentType("application/json")
                .body("info.title", equalTo("Chuanyu platform API"))
                .body("servers[0].url", equalTo("/"))
                .body("paths", hasKey("/api/conference/echo"))
                .body("paths", hasKey("/api/alliance/echo"))
                .body("paths", hasKey("/api/training/echo"))
                .body("paths", not(hasKey("/internal/conference")))
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas", not(hasKey("alliance.Problem")))
                .body("components.schemas", hasKey("alliance.Page"))
                .body("paths.'/api/alliance/echo'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/alliance.Page"))
                .body("$", not(hasKey("x-unavailable")));
    }

    @Test
    void thePortalPageListsEveryOperation() {
        given().get("/")
                .then().statusCode(200)
                .contentType("text/html")
                .body(containsString("<code>/api/training/echo</code>"))
                .body(containsString("回显 alliance"))
                .body(containsString("href=\"openapi\""));
    }
}
