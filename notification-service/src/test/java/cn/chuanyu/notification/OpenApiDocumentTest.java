package cn.chuanyu.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.testing.OpenApiDocumentRules;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Frontend teams generate their clients from this service's OpenAPI document: it must be complete. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyOperationDocumentsItsSuccessBodyAndItsProblems() {
        String document = given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(OpenApiDocumentRules.faults(document)).isEmpty();
    }
}
