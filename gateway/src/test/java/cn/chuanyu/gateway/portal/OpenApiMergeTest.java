package cn.chuanyu.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
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

    /** A document whose one path answers with a reference to its Page schema (simplified, not valid OpenAPI). */
    private static ObjectNode document(String context, String schemas) throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"openapi": "3.1.0",
                 "paths": {"/api/%s/pages": {"get": {"responses": {"200": {"$ref": "#/components/schemas/Page"}}}}},
                 "components": {"schemas": %s}}""".formatted(context, schemas));
    }
}
