package cn.chuanyu.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiResponsesTest {

    private static final String DOCUMENT = """
            {
              "openapi": "3.1.0",
              "info": {"title": "t", "version": "1"},
              "servers": [{"url": "http://localhost:8080/api"}],
              "paths": {
                "/papers/{id}": {
                  "get": {
                    "responses": {
                      "200": {
                        "description": "the paper",
                        "headers": {"ETag": {"required": true, "schema": {"type": "string"}}},
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Paper"}}}
                      },
                      "4XX": {"$ref": "#/components/responses/Problem"}
                    }
                  },
                  "delete": {"responses": {"204": {"description": "gone"}, "default": {"description": "any"}}}
                },
                "/papers/mine": {
                  "get": {
                    "responses": {
                      "200": {
                        "description": "my papers",
                        "content": {"application/json": {"schema": {
                          "type": "array", "items": {"$ref": "#/components/schemas/Paper"}}}}
                      }
                    }
                  }
                }
              },
              "components": {
                "schemas": {
                  "Paper": {
                    "type": "object",
                    "required": ["id", "title", "abstract"],
                    "properties": {
                      "id": {"type": "string", "format": "uuid"},
                      "title": {"type": "string"},
                      "abstract": {"type": ["string", "null"]},
                      "status": {"$ref": "#/components/schemas/Status"}
                    }
                  },
                  "Status": {"type": "string", "enum": ["DRAFT", "SUBMITTED"]},
                  "Problem": {
                    "type": "object",
                    "required": ["title", "status"],
                    "properties": {"title": {"type": "string"}, "status": {"type": "integer"}}
                  }
                },
                "responses": {
                  "Problem": {
                    "description": "a problem",
                    "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
                  }
                }
              }
            }
            """;

    private static final String ID = "0b8f5a52-6a43-4a63-9d7c-0d8f5b6e2a11";
    private static final Map<String, List<String>> ETAG = Map.of("etag", List.of("\"3\""));

    private final OpenApiResponses openApi = OpenApiResponses.of(DOCUMENT);

    private static ObservedResponse response(String method, String path, int status, String type, String body) {
        return new ObservedResponse(method, path, status, type, body, ETAG);
    }

    @Test
    void aConformingResponseHasNoFault() {
        String body = "{\"id\":\"" + ID + "\",\"title\":\"川渝\",\"abstract\":\"text\",\"status\":\"DRAFT\"}";

        assertThat(openApi.faults(response("GET", "/papers/" + ID, 200, "application/json;charset=UTF-8", body)))
                .isEmpty();
    }

    @Test
    void aNullablePropertyMayBeNullButANonNullableOneMayNot() {
        String nullAbstract = "{\"id\":\"" + ID + "\",\"title\":\"t\",\"abstract\":null}";
        String nullTitle = "{\"id\":\"" + ID + "\",\"title\":null,\"abstract\":null}";

        assertThat(openApi.faults(response("GET", "/papers/" + ID, 200, "application/json", nullAbstract)))
                .isEmpty();
        List<ResponseFault> faults =
                openApi.faults(response("GET", "/papers/" + ID, 200, "application/json", nullTitle));
        assertThat(faults).singleElement().satisfies(fault -> {
            assertThat(fault.operation()).isEqualTo("GET /papers/{id}");
            assertThat(fault.status()).isEqualTo(200);
            assertThat(fault.pointer()).isEqualTo("/title");
            assertThat(fault.message()).contains("null");
            assertThat(fault.value()).isEqualTo("null");
        });
    }

    @Test
    void aMissingRequiredPropertyIsAFault() {
        String body = "{\"id\":\"" + ID + "\",\"title\":\"t\"}";

        assertThat(openApi.faults(response("GET", "/papers/" + ID, 200, "application/json", body)))
                .singleElement()
                .satisfies(fault -> assertThat(fault.message()).contains("abstract"));
    }

    @Test
    void aWrongEnumValueInsideAnArrayIsNamedByItsPointer() {
        String body = "[{\"id\":\"" + ID + "\",\"title\":\"t\",\"abstract\":null,\"status\":\"LOST\"}]";

        assertThat(openApi.faults(response("GET", "/papers/mine", 200, "application/json", body)))
                .singleElement()
                .satisfies(fault -> {
                    assertThat(fault.operation()).isEqualTo("GET /papers/mine");
                    assertThat(fault.pointer()).isEqualTo("/0/status");
                    assertThat(fault.value()).isEqualTo("\"LOST\"");
                });
    }

    @Test
    void anUndocumentedStatusIsAFault() {
        assertThat(openApi.faults(response("GET", "/papers/mine", 404, "application/problem+json", "{}")))
                .singleElement()
                .satisfies(fault -> assertThat(fault.message()).contains("status 404 is not documented"));
    }

    @Test
    void aStatusFallsBackToItsRangeThenToDefault() {
        String problem = "{\"title\":\"Not found\",\"status\":404}";

        assertThat(openApi.faults(response("GET", "/papers/" + ID, 404, "application/problem+json", problem)))
                .isEmpty();
        assertThat(openApi.faults(response("GET", "/papers/" + ID, 404, "application/problem+json", "{}")))
                .hasSize(2);
        assertThat(openApi.faults(response("DELETE", "/papers/" + ID, 409, null, "")))
                .isEmpty();
        assertThat(openApi.faults(response("DELETE", "/papers/" + ID, 204, null, "")))
                .isEmpty();
    }

    @Test
    void aWrongMediaTypeIsAFault() {
        String problem = "{\"title\":\"Not found\",\"status\":404}";

        assertThat(openApi.faults(response("GET", "/papers/" + ID, 404, "application/json", problem)))
                .singleElement()
                .satisfies(fault ->
                        assertThat(fault.message()).contains("media type application/json is not documented for 4XX"));
        assertThat(openApi.faults(response("DELETE", "/papers/" + ID, 204, "application/json", "{}")))
                .singleElement()
                .satisfies(fault -> assertThat(fault.message()).contains("documents no body"));
    }

    @Test
    void aBodyThatIsNotJsonIsAFault() {
        assertThat(openApi.faults(response("GET", "/papers/" + ID, 200, "application/json", "<html>")))
                .singleElement()
                .satisfies(fault -> assertThat(fault.message()).contains("not JSON"));
    }

    @Test
    void aMissingRequiredHeaderIsAFault() {
        String body = "{\"id\":\"" + ID + "\",\"title\":\"t\",\"abstract\":null}";

        assertThat(openApi.faults(
                        new ObservedResponse("GET", "/papers/" + ID, 200, "application/json", body, Map.of())))
                .singleElement()
                .satisfies(fault -> assertThat(fault.message()).contains("required header ETag is missing"));
    }

    @Test
    void pathTemplatesMatchLiteralSegmentsBeforeParameters() {
        assertThat(openApi.operation("GET", "/papers/mine?page=0")).contains("GET /papers/mine");
        assertThat(openApi.operation("GET", "/papers/" + ID + "?x=1")).contains("GET /papers/{id}");
        assertThat(openApi.operation("GET", "/papers/%E5%B7%9D")).contains("GET /papers/{id}");
        assertThat(openApi.operation("GET", "/api/papers/mine")).contains("GET /papers/mine");
        assertThat(openApi.operation("POST", "/papers/mine")).isEmpty();
        assertThat(openApi.operation("GET", "/papers")).isEmpty();
        assertThat(openApi.operation("GET", "/papers/a/b")).isEmpty();
        assertThat(openApi.check(response("GET", "/unknown", 404, null, "")).faults())
                .singleElement()
                .satisfies(fault -> assertThat(fault.message()).contains("no operation"));
    }

    @Test
    void assertConformsListsEveryFaultReadably() {
        String body = "{\"id\":\"not-checked-format\",\"title\":7}";

        assertThatThrownBy(
                        () -> openApi.assertConforms(response("GET", "/papers/" + ID, 200, "application/json", body)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /papers/{id} -> 200 at /title")
                .hasMessageContaining("(value: 7)")
                .hasMessageContaining("abstract")
                .hasMessageContaining("body: {\"id\"");
    }
}
