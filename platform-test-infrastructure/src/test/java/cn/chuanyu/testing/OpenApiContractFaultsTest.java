package cn.chuanyu.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** {@link OpenApiDocumentRules#contractFaults}: a document that keeps the contract, and each way to break it. */
class OpenApiContractFaultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A public read and a secured create, the way the platform's filters leave a service's document. */
    private static final String GOOD = """
            {"openapi": "3.1.0",
             "info": {"title": "t", "version": "1", "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"}},
             "servers": [{"url": "/", "description": "here"}],
             "paths": {
               "/api/things": {
                 "get": {
                   "parameters": [{"name": "q", "in": "query", "description": "search text",
                                   "schema": {"type": "string", "maxLength": 50}, "example": "电池"}],
                   "responses": {"200": {"description": "the things", "content": {"application/json": {
                     "schema": {"$ref": "#/components/schemas/ThingView"}}}}},
                   "security": []},
                 "post": {
                   "requestBody": {"required": true, "content": {"application/json": {
                     "schema": {"$ref": "#/components/schemas/ThingRequest"},
                     "examples": {"one": {"value": {"title": "钾离子电池", "kind": "OFFER", "tags": ["化学"]}}}}}},
                   "responses": {"201": {"description": "created", "content": {"application/json": {
                     "schema": {"$ref": "#/components/schemas/ThingView"}}}}},
                   "security": [{"jwt": []}]}}},
             "components": {"schemas": {
               "Kind": {"type": "string", "enum": ["OFFER", "SEEK"], "description": "kind",
                        "x-enum-labels": {"zh-CN": {"OFFER": "供给", "SEEK": "需求"},
                                          "en": {"OFFER": "Offer", "SEEK": "Seek"}}},
               "UUID": {"type": "string", "format": "uuid"},
               "ThingRequest": {"type": "object", "required": ["title", "kind"], "additionalProperties": false,
                 "properties": {
                   "title": {"type": "string", "maxLength": 100, "description": "the title"},
                   "kind": {"$ref": "#/components/schemas/Kind", "description": "what it is"},
                   "owner": {"$ref": "#/components/schemas/UUID", "description": "who owns it"},
                   "tags": {"type": "array", "maxItems": 5, "description": "tags",
                            "items": {"type": "string", "maxLength": 20}}}},
               "ThingView": {"type": "object", "required": ["id", "title", "note"],
                 "examples": [{"id": "8e03978e-40d5-43e8-bc93-6894a57f9324", "title": "电池", "note": null}],
                 "properties": {
                   "id": {"$ref": "#/components/schemas/UUID", "description": "its id"},
                   "title": {"type": "string", "description": "the title"},
                   "note": {"type": ["string", "null"], "description": "a note, null without one"}}},
               "Problem": {"type": "object", "required": ["type"], "properties": {
                   "type": {"type": "string", "description": "the type"},
                   "instance": {"type": "string", "description": "this occurrence"}}}},
               "securitySchemes": {"jwt": {"type": "http", "scheme": "bearer"}}}}
            """;

    @Test
    void aDocumentThatKeepsTheContractHasNoFault() {
        assertThat(OpenApiDocumentRules.contractFaults(GOOD)).isEmpty();
    }

    @Test
    void aResponsePropertyThatIsNotRequiredIsAFault() {
        assertThat(faults(d -> required(d, "ThingView").remove(2)))
                .containsExactly("response schema ThingView: properties not required: [note]");
    }

    @Test
    void theProblemMayLeaveOutItsOptionalMembers() {
        ObjectNode document = parse(GOOD);
        ObjectNode read = (ObjectNode) document.at("/paths/~1api~1things/get");
        ((ObjectNode) read.path("responses"))
                .set("404", JSON.createObjectNode().put("description", "none").set("content", problemContent()));
        assertThat(OpenApiDocumentRules.contractFaults(document.toString())).isEmpty();
    }

    @Test
    void aPropertyOrParameterWithoutDescriptionIsAFault() {
        assertThat(faults(d -> {
                    property(d, "ThingRequest", "owner").remove("description");
                    ((ObjectNode) d.at("/paths/~1api~1things/get/parameters/0")).remove("description");
                }))
                .containsExactlyInAnyOrder(
                        "schema property ThingRequest.owner has no description",
                        "GET /api/things: parameter q has no description");
    }

    @Test
    void anEnumWithoutLabelsInBothLanguagesIsAFault() {
        assertThat(faults(d -> ((ObjectNode) d.at("/components/schemas/Kind/x-enum-labels/en")).remove("SEEK")))
                .containsExactly("enum Kind: no x-enum-labels en for [SEEK]");
    }

    @Test
    void anUnboundedRequestStringOrArrayIsAFault() {
        assertThat(faults(d -> {
                    property(d, "ThingRequest", "title").remove("maxLength");
                    property(d, "ThingRequest", "tags").remove("maxItems");
                    ((ObjectNode) property(d, "ThingRequest", "tags").path("items")).remove("maxLength");
                }))
                .containsExactlyInAnyOrder(
                        "request schema ThingRequest.title: a string without maxLength",
                        "request schema ThingRequest.tags: an array without maxItems",
                        "request schema ThingRequest.tags[]: a string without maxLength");
    }

    @Test
    void anOptionalRequestBodyIsAFault() {
        assertThat(faults(d -> ((ObjectNode) d.at("/paths/~1api~1things/post/requestBody")).put("required", false)))
                .containsExactly("POST /api/things: the request body is not required");
    }

    @Test
    void aSchemaSharedByARequestAndAResponseIsAFault() {
        assertThat(faults(d -> ((ObjectNode) d.at("/paths/~1api~1things/post/requestBody/content/application~1json"))
                        .set("schema", JSON.createObjectNode().put("$ref", "#/components/schemas/ThingView"))))
                .contains(
                        "schema ThingView is used by a request body and by a response: split it",
                        "request schema ThingView.title: a string without maxLength");
    }

    @Test
    void anOperationWithoutSecurityIsAFault() {
        assertThat(faults(d -> ((ObjectNode) d.at("/paths/~1api~1things/get")).remove("security")))
                .containsExactly("GET /api/things: no security (say [] when it is public)");
    }

    @Test
    void aDocumentWithoutLicenceOrServersIsAFault() {
        assertThat(faults(d -> {
                    ((ObjectNode) d.path("info")).remove("license");
                    d.remove("servers");
                }))
                .containsExactly("the document has no info.license", "the document has no servers");
    }

    @Test
    void anExampleThatDoesNotValidateIsAFault() {
        assertThat(faults(d -> {
                    ((ObjectNode) d.at("/components/schemas/ThingView/examples/0")).put("id", "not-a-uuid");
                    ((ObjectNode) d.at("/paths/~1api~1things/post/requestBody/content/application~1json/examples/one"
                                    + "/value"))
                            .put("kind", 1);
                    ((ObjectNode) d.at("/paths/~1api~1things/get/parameters/0")).put("example", "x".repeat(51));
                }))
                .hasSize(4) // the number for the enum: neither a string nor one of the values
                .anySatisfy(f -> assertThat(f).startsWith("ThingView: example").contains("/id"))
                .anySatisfy(f -> assertThat(f)
                        .startsWith("POST /api/things request body application/json: example")
                        .contains("/kind"))
                .anySatisfy(f -> assertThat(f).startsWith("GET /api/things: parameter q: example"));
    }

    @Test
    void aNullExampleForANonNullablePropertyIsAFault() {
        assertThat(faults(d -> ((ObjectNode) property(d, "ThingView", "note")).put("type", "string")))
                .singleElement()
                .satisfies(f -> assertThat(f).startsWith("ThingView: example").contains("/note"));
    }

    private static List<String> faults(Consumer<ObjectNode> breakIt) {
        ObjectNode document = parse(GOOD);
        breakIt.accept(document);
        return OpenApiDocumentRules.contractFaults(document.toString());
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArrayNode required(ObjectNode document, String schema) {
        return (ArrayNode) document.at("/components/schemas/" + schema + "/required");
    }

    private static ObjectNode property(ObjectNode document, String schema, String property) {
        return (ObjectNode) document.at("/components/schemas/" + schema + "/properties/" + property);
    }

    private static JsonNode problemContent() {
        return parse("""
                {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}""");
    }
}
