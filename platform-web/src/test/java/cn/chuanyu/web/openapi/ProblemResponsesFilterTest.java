package cn.chuanyu.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.web.problem.Problem;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class ProblemResponsesFilterTest {

    private final ProblemResponsesFilter filter = new ProblemResponsesFilter();

    @Test
    void aPublicReadOfOneResourceMayBeBadNotFoundOrFail() {
        Operation read = operation("200");
        OpenAPI document = document("/api/things/{id}", PathItem.HttpMethod.GET, read.addParameter(pathParameter()));

        filter.filterOpenAPI(document);

        assertThat(read.getResponses().getAPIResponses()).containsOnlyKeys("200", "400", "404", "500", "503");
        assertThat(read.getResponses().getAPIResponse("404").getDescription()).isEqualTo("No such resource");
        assertProblem(read.getResponses().getAPIResponse("500"));
    }

    @Test
    void aSecuredCommandWithABodyMayAlsoBeUnauthenticatedForbiddenOrConflicting() {
        Operation create = operation("201")
                .requestBody(OASFactory.createRequestBody())
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt"));
        OpenAPI document = document("/api/things", PathItem.HttpMethod.POST, create);

        filter.filterOpenAPI(document);

        assertThat(List.copyOf(create.getResponses().getAPIResponses().keySet()))
                .containsExactly("201", "400", "401", "403", "409", "500", "503");
        create.getResponses().getAPIResponses().forEach((code, response) -> {
            if (!code.equals("201")) {
                assertProblem(response);
            }
        });
    }

    @Test
    void aReadWithoutInputOrTokenCanOnlyFail() {
        Operation list = operation("200");
        filter.filterOpenAPI(document("/api/things", PathItem.HttpMethod.GET, list));

        assertThat(list.getResponses().getAPIResponses()).containsOnlyKeys("200", "500", "503");
    }

    @Test
    void everyOperationMayBeUnavailableAndSaysWhenToRetry() {
        Operation list = operation("200");
        filter.filterOpenAPI(document("/api/things", PathItem.HttpMethod.GET, list));

        APIResponse unavailable = list.getResponses().getAPIResponse("503");
        assertProblem(unavailable);
        assertThat(unavailable.getHeaders()).containsKey("Retry-After");
        assertThat(unavailable.getHeaders().get("Retry-After").getSchema().getType())
                .containsExactly(Schema.SchemaType.INTEGER);
    }

    @Test
    void anAnonymousAlternativeIsNotATokenRequirement() {
        Operation read = operation("200")
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt"))
                .addSecurityRequirement(OASFactory.createSecurityRequirement());
        filter.filterOpenAPI(document("/api/things", PathItem.HttpMethod.GET, read));

        assertThat(read.getResponses().getAPIResponses()).doesNotContainKeys("401", "403");
    }

    @Test
    void aDeclaredErrorKeepsItsMeaningAndBecomesAProblem() {
        Operation sign = operation("200");
        sign.getResponses()
                .addAPIResponse("409", OASFactory.createAPIResponse().description("Not allowed by the work chain"))
                .addAPIResponse("400", OASFactory.createAPIResponse().description("Bad Request"));
        filter.filterOpenAPI(
                document("/api/things/{id}/signing", PathItem.HttpMethod.POST, sign.addParameter(pathParameter())));

        assertThat(sign.getResponses().getAPIResponse("409").getDescription())
                .isEqualTo("Not allowed by the work chain");
        assertProblem(sign.getResponses().getAPIResponse("409"));
        assertThat(sign.getResponses().getAPIResponse("400").getDescription())
                .as("SmallRye's bare reason phrase gives way to what the problem says")
                .startsWith("Bad input");
        assertProblem(sign.getResponses().getAPIResponse("400"));
    }

    @Test
    void aRangeOfErrorCodesIsAProblemToo() {
        Operation read = operation("200");
        read.getResponses().addAPIResponse("4XX", OASFactory.createAPIResponse());
        filter.filterOpenAPI(document("/api/things", PathItem.HttpMethod.GET, read));

        assertProblem(read.getResponses().getAPIResponse("4XX"));
        assertThat(List.copyOf(read.getResponses().getAPIResponses().keySet()))
                .containsExactly("200", "500", "503", "4XX");
    }

    @Test
    void aSuccessIsNotOfferedAsAProblem() {
        Schema view = OASFactory.createSchema().ref("ThingView");
        Operation read = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse(
                                "200",
                                OASFactory.createAPIResponse()
                                        .description("OK")
                                        .content(OASFactory.createContent()
                                                .addMediaType(
                                                        "application/json",
                                                        OASFactory.createMediaType()
                                                                .schema(view))
                                                .addMediaType(
                                                        Problem.MEDIA_TYPE,
                                                        OASFactory.createMediaType()
                                                                .schema(view)))));
        filter.filterOpenAPI(document("/api/things", PathItem.HttpMethod.GET, read));

        assertThat(read.getResponses().getAPIResponse("200").getContent().getMediaTypes())
                .containsOnlyKeys("application/json");
    }

    @Test
    void theProblemSchemaDescribesEveryMemberOfTheProblemRecord() {
        OpenAPI document = document("/api/things", PathItem.HttpMethod.GET, operation("200"));
        filter.filterOpenAPI(document);

        Schema problem = document.getComponents().getSchemas().get(ProblemResponsesFilter.PROBLEM_SCHEMA);
        assertThat(problem.getProperties()).containsOnlyKeys(componentNames(Problem.class));
        assertThat(problem.getProperties().get("errors").getItems().getRef())
                .isEqualTo("#/components/schemas/" + ProblemResponsesFilter.FIELD_ERROR_SCHEMA);
        Schema fieldError = document.getComponents().getSchemas().get(ProblemResponsesFilter.FIELD_ERROR_SCHEMA);
        assertThat(fieldError.getProperties()).containsOnlyKeys(componentNames(Problem.FieldError.class));
        assertThat(fieldError.getRequired()).containsExactly("field", "message");
    }

    @Test
    void theProblemSchemaRequiresWhatJacksonAlwaysWrites() {
        OpenAPI document = document("/api/things", PathItem.HttpMethod.GET, operation("200"));
        filter.filterOpenAPI(document);

        Schema problem = document.getComponents().getSchemas().get(ProblemResponsesFilter.PROBLEM_SCHEMA);
        assertThat(problem.getRequired()).containsExactly("type", "title", "status", "detail");
        assertThat(Problem.of(Response.Status.CONFLICT, "x", "A title", null).detail())
                .as("a problem without a detail repeats its title rather than leave out a required member")
                .isEqualTo("A title");
    }

    private static void assertProblem(APIResponse response) {
        Content content = response.getContent();
        assertThat(content.getMediaTypes()).containsOnlyKeys(Problem.MEDIA_TYPE);
        assertThat(content.getMediaType(Problem.MEDIA_TYPE).getSchema().getRef())
                .isEqualTo("#/components/schemas/Problem");
    }

    private static Operation operation(String successCode) {
        return OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse(
                                successCode, OASFactory.createAPIResponse().description("done")));
    }

    private static Parameter pathParameter() {
        return OASFactory.createParameter().name("id").in(Parameter.In.PATH).required(true);
    }

    private static OpenAPI document(String path, PathItem.HttpMethod method, Operation operation) {
        PathItem item = OASFactory.createPathItem();
        item.setOperation(method, operation);
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem(path, item));
    }

    private static String[] componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .toArray(String[]::new);
    }
}
