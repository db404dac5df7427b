package cn.chuanyu.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenApiMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSchemaReferringToARenamedOneIsRenamedTooAndSharedOnesStayShared() throws Exception {
        ObjectNode conference = document("conference", """
                {"Problem": {"type": "object"},
                 "Item": {"type": "string"},
                 "Page": {"type": "object", "properties": {"items": {"$ref": "#/components/schemas/Item"}}}}""");
        ObjectNode alliance = document("alliance", """
                {"Problem": {"type": "object"},
                 "Item": {"type": "integer"},
                 "Page": {"type": "object", "properties": {"items": {"$ref": "#/components/schemas/Item"}}}}""");

        ObjectNode merged = OpenApiMerge.merge(List.of(
                new ServiceDocument("conference", Optional.of(conference)),
                new ServiceDocument("alliance", Optional.of(alliance))));

        JsonNode schemas = merged.path("components").path("schemas");
        assertThat(schemas.has("Problem")).isTrue();
        assertThat(schemas.has("alliance.Problem")).isFalse();
        assertThat(schemas.path("alliance.Item").path("type").asText()).isEqualTo("integer");
        assertThat(schemas.path("alliance.Page")
                        .path("properties")
                        .path("items")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/alliance.Item");
        assertThat(merged.path("paths")
                        .path("/api/alliance/pages")
                        .path("get")
                        .path("responses")
                        .path("200")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/alliance.Page");
        assertThat(merged.path("paths")
                        .path("/api/conference/pages")
                        .path("get")
                        .path("responses")
                        .path("200")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Page");
    }

    @Test
    void aMissingServiceIsNamedAndTheOthersAreKept() throws Exception {
        ObjectNode merged = OpenApiMerge.merge(List.of(
                new ServiceDocument("conference", Optional.of(document("conference", "{}"))),
                new ServiceDocument("training", Optional.empty())));

        assertThat(merged.path("paths").has("/api/conference/pages")).isTrue();
        assertThat(merged.path("x-unavailable"))
                .containsExactly(JSON.getNodeFactory().textNode("training"));
        assertThat(merged.path("info").path("description").asText())
                .endsWith("Not listed now, their services are not reachable: training.");
    }

    @Test
    void tagsAreNamedAfterTheirContextSoThatThePortalGroupsOperationsByContext() throws Exception {
        ObjectNode conference = (ObjectNode) JSON.readTree("""
                {"openapi": "3.1.0",
                 "tags": [{"name": "Papers", "description": "论文"}, {"name": "Work chain"}],
                 "paths": {
                   "/api/conference/papers": {"get": {"tags": ["Papers"], "responses": {}},
                                              "parameters": [{"name": "page", "in": "query"}]},
                   "/api/conference/ping": {"get": {"responses": {}}}}}""");
        ObjectNode alliance = (ObjectNode) JSON.readTree("""
                {"openapi": "3.1.0",
                 "tags": [{"name": "Work chain", "description": "工作链条"}],
                 "paths": {"/api/alliance/projects": {"post": {"tags": ["Work chain", "Board"], "responses": {}}}}}""");

        ObjectNode merged = OpenApiMerge.merge(List.of(
                new ServiceDocument("conference", Optional.of(conference)),
                new ServiceDocument("alliance", Optional.of(alliance))));

        assertThat(merged.path("tags").findValuesAsText("name"))
                .containsExactly(
                        "conference: Papers",
                        "conference: Work chain",
                        "conference",
                        "alliance: Work chain",
                        "alliance: Board");
        assertThat(merged.path("tags").get(0).path("description").asText()).isEqualTo("论文");
        assertThat(merged.path("tags").get(3).path("description").asText()).isEqualTo("工作链条");
        JsonNode paths = merged.path("paths");
        assertThat(paths.path("/api/conference/papers").path("get").path("tags"))
                .extracting(JsonNode::asText)
                .containsExactly("conference: Papers");
        assertThat(paths.path("/api/conference/ping").path("get").path("tags"))
                .extracting(JsonNode::asText)
                .containsExactly("conference");
        assertThat(paths.path("/api/alliance/projects").path("post").path("tags"))
                .extracting(JsonNode::asText)
                .containsExactly("alliance: Work chain", "alliance: Board");
    }

    @Test
    void documentWideSecurityGoesOntoEachOperationAndPublicOperationsStayPublic() throws Exception {
        ObjectNode training = (ObjectNode) JSON.readTree("""
                {"openapi": "3.1.0",
                 "security": [{"jwt": []}],
                 "paths": {
                   "/api/training/courses": {"get": {"security": [], "responses": {}},
                                             "post": {"responses": {}}},
                   "/api/training/exams": {"put": {"security": [{"other": []}], "responses": {}}}}}""");

        ObjectNode merged = OpenApiMerge.merge(List.of(new ServiceDocument("training", Optional.of(training))));

        assertThat(merged.has("security")).isFalse();
        assertThat(merged.at("/paths/~1api~1training~1courses/get/security")).isEmpty();
        assertThat(merged.at("/paths/~1api~1training~1courses/post/security").toString())
                .isEqualTo("[{\"jwt\":[]}]");
        assertThat(merged.at("/paths/~1api~1training~1exams/put/security").toString())
                .isEqualTo("[{\"other\":[]}]");
        assertThat(merged.at("/info/license/identifier").asText()).isEqualTo("Apache-2.0");
    }

    @Test
    void everyOperationDocumentsWhatTheGatewayItselfMayAnswer() throws Exception {
        ObjectNode conference = (ObjectNode) JSON.readTree("""
                {"openapi": "3.1.0",
                 "paths": {"/api/conference/intents": {
                   "get": {"responses": {"200": {"description": "a page"},
                           "500": {"description": "failed",
                                   "content": {"application/problem+json": {
                                     "schema": {"$ref": "#/components/schemas/Problem"}}}}}},
                   "post": {"requestBody": {"content": {}},
                            "responses": {"201": {"description": "created"},
                            "503": {"description": "database unavailable"},
                            "500": {"description": "failed",
                                    "content": {"application/problem+json": {
                                      "schema": {"$ref": "#/components/schemas/Problem"}}}}}}}},
                 "components": {"schemas": {"Problem": {"type": "object"}}}}""");

        ObjectNode merged = OpenApiMerge.merge(List.of(new ServiceDocument("conference", Optional.of(conference))));

        JsonNode read = merged.at("/paths/~1api~1conference~1intents/get/responses");
        JsonNode write = merged.at("/paths/~1api~1conference~1intents/post/responses");
        assertThat(names(read)).containsExactlyInAnyOrder("200", "500", "429", "503", "502", "504");
        assertThat(names(write)).containsExactlyInAnyOrder("201", "500", "413", "429", "503", "502", "504");
        assertThat(write.at("/413/content/application~1problem+json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(write.at("/429/headers/Retry-After/required").asBoolean()).isTrue();
        assertThat(write.at("/503/description").asText())
                .as("the service's own answer is kept")
                .isEqualTo("database unavailable");
    }

    @Test
    void renamedComponentsAreFollowedByDiscriminatorsResponsesAndSecurityRequirements() throws Exception {
        String template = """
                {"openapi": "3.1.0",
                 "paths": {"/api/%1$s/items": {"get": {"operationId": "items", "security": [{"jwt": []}],
                   "responses": {"200": {"$ref": "#/components/responses/Items"}}}}},
                 "components": {
                   "securitySchemes": {"jwt": {"type": "http", "scheme": "%2$s"}},
                   "responses": {"Items": {"description": "items",
                     "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}},
                   "schemas": {
                     "Item": {"oneOf": [{"$ref": "#/components/schemas/Demand"}],
                       "discriminator": {"propertyName": "kind",
                         "mapping": {"DEMAND": "#/components/schemas/Demand"}}},
                     "Demand": {"type": "object", "description": "%1$s"}}}}""";
        ObjectNode conference = (ObjectNode) JSON.readTree(template.formatted("conference", "bearer"));
        ObjectNode alliance = (ObjectNode) JSON.readTree(template.formatted("alliance", "basic"));

        ObjectNode merged = OpenApiMerge.merge(List.of(
                new ServiceDocument("conference", Optional.of(conference)),
                new ServiceDocument("alliance", Optional.of(alliance))));

        JsonNode components = merged.path("components");
        assertThat(components.path("schemas").has("alliance.Demand")).isTrue();
        assertThat(components
                        .at("/schemas/alliance.Item/discriminator/mapping/DEMAND")
                        .asText())
                .isEqualTo("#/components/schemas/alliance.Demand");
        assertThat(components.at("/schemas/alliance.Item/oneOf/0/$ref").asText())
                .isEqualTo("#/components/schemas/alliance.Demand");
        assertThat(components
                        .at("/responses/alliance.Items/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/alliance.Item");
        assertThat(merged.at("/paths/~1api~1alliance~1items/get/responses/200/$ref")
                        .asText())
                .isEqualTo("#/components/responses/alliance.Items");
        assertThat(components.at("/securitySchemes/alliance.jwt/scheme").asText())
                .isEqualTo("basic");
        assertThat(merged.at("/paths/~1api~1alliance~1items/get/security/0").has("alliance.jwt"))
                .isTrue();
        assertThat(merged.at("/paths/~1api~1alliance~1items/get/operationId").asText())
                .isEqualTo("alliance.items");
        assertThat(merged.at("/paths/~1api~1conference~1items/get/operationId").asText())
                .isEqualTo("items");
    }

    private static List<String> names(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).toList();
    }

    /** A document whose one path answers with a reference to its Page schema (simplified, not valid OpenAPI). */
    private static ObjectNode document(String context, String schemas) throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"openapi": "3.1.0",
                 "paths": {"/api/%s/pages": {"get": {"responses": {"200": {"$ref": "#/components/schemas/Page"}}}}},
                 "components": {"schemas": %s}}""".formatted(context, schemas));
    }
}
