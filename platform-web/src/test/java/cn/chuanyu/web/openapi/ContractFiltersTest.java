package cn.chuanyu.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

/** The build-time filters that make the document say what the platform does. */
class ContractFiltersTest {

    @Test
    void aResponseSchemaRequiresEveryPropertyFollowedThroughRefsItemsAndCompositions() {
        Schema author = object("name", "orcid");
        Schema inline = object("code");
        Schema view = object("id", "authors", "track")
                .addProperty(
                        "authors",
                        OASFactory.createSchema().addType(SchemaType.ARRAY).items(ref("Author")))
                .addProperty("track", OASFactory.createSchema().anyOf(List.of(inline, nullType())));
        OpenAPI document = document(Map.of("ThingView", view, "Author", author));
        document.getPaths().getPathItem("/things").setGET(returning(ref("ThingView")));

        new BodySchemasFilter().filterOpenAPI(document);

        assertThat(view.getRequired()).containsExactly("id", "authors", "track");
        assertThat(author.getRequired()).containsExactly("name", "orcid");
        assertThat(inline.getRequired()).containsExactly("code");
        assertThat(view.getAdditionalPropertiesBoolean()).isNull();
    }

    @Test
    void aResponseSchemaThatDeclaresItsRequiredKeepsIt() {
        Schema problem = object("type", "instance").required(List.of("type"));
        OpenAPI document = document(Map.of("Problem", problem, "Other", object("x")));
        document.getPaths().getPathItem("/things").setGET(returning(ref("Problem")));

        new BodySchemasFilter().filterOpenAPI(document);

        assertThat(problem.getRequired()).containsExactly("type");
    }

    @Test
    void aRequestOnlySchemaKeepsItsRequiredAndRefusesUnknownProperties() {
        Schema author = object("name", "orcid").required(List.of("name"));
        Schema request = object("title", "authors")
                .required(List.of("title"))
                .addProperty(
                        "authors",
                        OASFactory.createSchema().addType(SchemaType.ARRAY).items(ref("AuthorLine")));
        Schema shared = object("code");
        OpenAPI document = document(Map.of("ThingRequest", request, "AuthorLine", author));
        document.getComponents().addSchema("Shared", shared);
        request.addProperty("shared", ref("Shared"));
        Operation create = returning(ref("Shared"))
                .requestBody(OASFactory.createRequestBody().content(json(ref("ThingRequest"))));
        document.getPaths().getPathItem("/things").setPOST(create);

        new BodySchemasFilter().filterOpenAPI(document);

        assertThat(request.getRequired()).containsExactly("title");
        assertThat(request.getAdditionalPropertiesBoolean()).isFalse();
        assertThat(author.getRequired()).containsExactly("name");
        assertThat(author.getAdditionalPropertiesBoolean()).isFalse();
        assertThat(shared.getAdditionalPropertiesBoolean())
                .as("a schema responses use too describes what the server writes: not closed")
                .isNull();
        assertThat(shared.getRequired()).containsExactly("code");
    }

    @Test
    void anOperationWithoutRequirementIsDeclaredPublic() {
        Operation open = returning(ref("X"));
        Operation secured = returning(ref("X"))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt"));
        OpenAPI document = document(Map.of("X", object("a"), "Y", object("b")));
        document.getPaths().getPathItem("/things").setGET(open);
        document.getPaths().getPathItem("/things").setPOST(secured);

        new PublicOperationsFilter().filterOpenAPI(document);

        assertThat(open.getSecurity()).isEmpty();
        assertThat(secured.getSecurity()).hasSize(1);
    }

    @Test
    void theDocumentHasALicenceAndTheServerItWasFetchedFrom() {
        OpenAPI document = document(Map.of("X", object("a"), "Y", object("b")))
                .info(OASFactory.createInfo().title("t").version("1"))
                .addServer(OASFactory.createServer().url("http://localhost:8081"));

        new DocumentInfoFilter().filterOpenAPI(document);

        assertThat(document.getInfo().getLicense().getName()).isEqualTo("Apache-2.0");
        assertThat(document.getInfo().getLicense().getIdentifier()).isEqualTo("Apache-2.0");
        assertThat(document.getServers()).singleElement().satisfies(server -> {
            assertThat(server.getUrl()).isEqualTo("/");
            assertThat(server.getDescription()).isNotBlank();
        });
    }

    @Test
    void aCreateTakesAnIdempotencyKeyAndMayRefuseAReusedOne() {
        Operation create = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("created"))
                        .addAPIResponse("500", OASFactory.createAPIResponse().description("failed")));
        Operation action = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("done")));
        OpenAPI document = document(Map.of("X", object("a"), "Y", object("b")));
        document.getPaths().getPathItem("/things").setPOST(create);
        document.getPaths()
                .addPathItem(
                        "/things/{id}/approval", OASFactory.createPathItem().POST(action));

        new IdempotentCreatesFilter().filterOpenAPI(document);

        assertThat(create.getParameters()).singleElement().satisfies(header -> {
            assertThat(header.getName()).isEqualTo("Idempotency-Key");
            assertThat(header.getIn()).isEqualTo(Parameter.In.HEADER);
            assertThat(header.getRequired()).isFalse();
            assertThat(header.getDescription()).contains("24 hours", "422");
        });
        assertThat(List.copyOf(create.getResponses().getAPIResponses().keySet()))
                .containsExactly("201", "422", "500");
        assertThat(create.getResponses()
                        .getAPIResponse("422")
                        .getContent()
                        .getMediaType("application/problem+json")
                        .getSchema()
                        .getRef())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(action.getParameters()).isNull();
        assertThat(action.getResponses().getAPIResponses()).doesNotContainKey("422");
    }

    private static Schema object(String... properties) {
        Schema schema = OASFactory.createSchema().addType(SchemaType.OBJECT);
        for (String property : properties) {
            schema.addProperty(property, OASFactory.createSchema().addType(SchemaType.STRING));
        }
        return schema;
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(name);
    }

    private static Schema nullType() {
        return OASFactory.createSchema().addType(SchemaType.NULL);
    }

    private static Content json(Schema schema) {
        return OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType().schema(schema));
    }

    private static Operation returning(Schema schema) {
        return OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse(
                                "200",
                                OASFactory.createAPIResponse().description("ok").content(json(schema))));
    }

    private static OpenAPI document(Map<String, Schema> schemas) {
        OpenAPI document = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths().addPathItem("/things", OASFactory.createPathItem()))
                .components(OASFactory.createComponents());
        schemas.forEach(document.getComponents()::addSchema);
        return document;
    }
}
