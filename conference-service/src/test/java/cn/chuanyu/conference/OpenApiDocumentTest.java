package cn.chuanyu.conference;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Frontend teams generate their clients from the OpenAPI document: every operation must say what it
 * answers on success (with the body's schema) and that its errors are RFC 9457 problems.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String PROBLEM = "application/problem+json";

    @Test
    void everyOperationDocumentsItsSuccessBodyAndItsProblems() throws Exception {
        JsonNode document = new ObjectMapper().readTree(
                given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString());
        List<String> faults = new ArrayList<>();
        int operations = 0;
        for (var path : document.path("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                operations++;
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = entry.getValue();
                JsonNode responses = operation.path("responses");
                boolean success = false;
                for (var response : responses.properties()) {
                    String code = response.getKey();
                    JsonNode content = response.getValue().path("content");
                    if (code.startsWith("2")) {
                        success = true;
                        if (code.equals("204")) {
                            if (!content.isEmpty()) {
                                faults.add(name + ": 204 with a body");
                            }
                        } else if (content.isEmpty()) {
                            faults.add(name + ": " + code + " without a body schema");
                        }
                        for (var media : content.properties()) {
                            JsonNode schema = media.getValue().path("schema");
                            if (!schema.has("$ref") && !schema.has("type")) {
                                faults.add(name + ": " + code + " " + media.getKey() + " without a schema");
                            }
                            if (media.getKey().equals(PROBLEM)) {
                                faults.add(name + ": " + code + " offered as a problem");
                            }
                        }
                    } else if (code.startsWith("4") || code.startsWith("5")) {
                        JsonNode schema = content.path(PROBLEM).path("schema");
                        if (content.size() != 1 || !schema.path("$ref").asText().equals("#/components/schemas/Problem")) {
                            faults.add(name + ": " + code + " is not an application/problem+json Problem");
                        }
                    }
                }
                if (!success) {
                    faults.add(name + ": no 2xx response");
                }
                if (!operation.path("security").isEmpty()
                        && !(responses.has("401") && responses.has("403"))) {
                    faults.add(name + ": secured but 401 or 403 undocumented");
                }
            }
        }
        assertTrue(operations > 0, "the document lists no operation");
        assertEquals(List.of(), faults, faults.size() + " faults in " + operations + " operations");
        assertEquals("object", document.at("/components/schemas/Problem/type").asText());
    }
}
