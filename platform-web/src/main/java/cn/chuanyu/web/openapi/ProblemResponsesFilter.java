package cn.chuanyu.web.openapi;

import cn.chuanyu.web.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.Response.Status;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Documents the errors every operation of the platform can answer, as {@link Problem}s: whatever fails in a request
 * becomes an {@code application/problem+json} body (see {@code ProblemMappers}), so each operation lists 400 when it
 * takes input, 401 and 403 when it needs a token, 404 under a path with a parameter, 409 when it changes something,
 * 500, and 503 with {@code Retry-After} (the database or a dependency is unavailable: the service fails fast).
 * Responses the resource declares itself keep their (more specific) description; only their body is set to a problem.
 * Success responses lose the problem media type that the resources' {@code @Produces} adds to them.
 *
 * <p>Runs at build time: the document depends only on the code, so it is filtered once, and the copy written to
 * {@code quarkus.smallrye-openapi.store-schema-directory} is the document served.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    /** The component every problem response refers to. */
    public static final String PROBLEM_SCHEMA = "Problem";

    static final String FIELD_ERROR_SCHEMA = "ProblemFieldError";

    private static final Map<String, String> STANDARD = Map.of(
            "400", "Bad input: a parameter or the body is not valid ('errors' lists invalid fields)",
            "401", "No valid bearer token",
            "403", "Your roles, or the rules on this resource, do not allow it",
            "404", "No such resource",
            "409", "Conflicts with the resource's current state, e.g. changed since you read it",
            "500", "Unexpected failure; nothing was changed",
            "503",
                    "The database or a dependency is unavailable; nothing was changed. Retry after the seconds"
                            + " given in Retry-After");

    /** The header of every 503: how many seconds to wait before retrying. */
    static final String RETRY_AFTER = "Retry-After";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean anyOperation = false;
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            PathItem item = path.getValue();
            if (item.getOperations() == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> operation :
                    item.getOperations().entrySet()) {
                document(path.getKey(), item, operation.getKey(), operation.getValue(), openAPI.getSecurity());
                anyOperation = true;
            }
        }
        if (anyOperation) {
            Components components = openAPI.getComponents();
            if (components == null) {
                components = OASFactory.createComponents();
                openAPI.setComponents(components);
            }
            components.addSchema(PROBLEM_SCHEMA, problemSchema());
            components.addSchema(FIELD_ERROR_SCHEMA, fieldErrorSchema());
        }
    }

    private static void document(
            String path,
            PathItem item,
            PathItem.HttpMethod method,
            Operation operation,
            List<SecurityRequirement> documentSecurity) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        Map<String, APIResponse> all = responses.getAPIResponses() == null
                ? new LinkedHashMap<>()
                : new LinkedHashMap<>(responses.getAPIResponses());
        all.forEach(ProblemResponsesFilter::tidy);

        if (takesInput(item, operation)) {
            all.computeIfAbsent("400", ProblemResponsesFilter::standard);
        }
        if (secured(operation.getSecurity() != null ? operation.getSecurity() : documentSecurity)) {
            all.computeIfAbsent("401", ProblemResponsesFilter::standard);
            all.computeIfAbsent("403", ProblemResponsesFilter::standard);
        }
        if (path.contains("{")) {
            all.computeIfAbsent("404", ProblemResponsesFilter::standard);
        }
        if (method != PathItem.HttpMethod.GET
                && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS) {
            all.computeIfAbsent("409", ProblemResponsesFilter::standard);
        }
        all.computeIfAbsent("500", ProblemResponsesFilter::standard);
        all.computeIfAbsent("503", ProblemResponsesFilter::standard);
        all.get("503").addHeader(RETRY_AFTER, retryAfter());

        // success first, then the errors by code: the order a reader expects
        Map<String, APIResponse> sorted = new LinkedHashMap<>();
        all.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(ProblemResponsesFilter::order)))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        responses.setAPIResponses(sorted);
    }

    /** A declared response: a problem body on errors, no problem media type on success. */
    private static void tidy(String code, APIResponse response) {
        if (isError(code)) {
            Content content = response.getContent();
            if (content == null || content.getMediaTypes() == null || !content.hasMediaType(Problem.MEDIA_TYPE)) {
                response.setContent(problemContent());
            }
            if (isReasonPhrase(code, response.getDescription()) && STANDARD.containsKey(code)) {
                response.setDescription(STANDARD.get(code));
            }
        } else if (code.startsWith("2")
                && response.getContent() != null
                && response.getContent().getMediaTypes() != null
                && response.getContent().getMediaTypes().size() > 1) {
            response.getContent().removeMediaType(Problem.MEDIA_TYPE);
        }
    }

    private static APIResponse standard(String code) {
        return OASFactory.createAPIResponse().description(STANDARD.get(code)).content(problemContent());
    }

    private static Header retryAfter() {
        return OASFactory.createHeader()
                .description("seconds to wait before retrying")
                .required(true)
                .schema(OASFactory.createSchema()
                        .addType(SchemaType.INTEGER)
                        .format("int32")
                        .minimum(BigDecimal.ZERO)
                        .examples(List.of(5)));
    }

    static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }

    private static boolean takesInput(PathItem item, Operation operation) {
        return operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty())
                || (item.getParameters() != null && !item.getParameters().isEmpty());
    }

    /** Secured: a token is required, i.e. some requirement is listed and none of them is the empty (anonymous) one. */
    private static boolean secured(List<SecurityRequirement> security) {
        return security != null
                && !security.isEmpty()
                && security.stream()
                        .noneMatch(s -> s.getSchemes() == null || s.getSchemes().isEmpty());
    }

    private static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }

    /** SmallRye's generated responses only carry the reason phrase (e.g. "Bad Request" for a @Valid body). */
    private static boolean isReasonPhrase(String code, String description) {
        if (description == null || description.isBlank()) {
            return true;
        }
        Status status = code.matches("\\d{3}") ? Status.fromStatusCode(Integer.parseInt(code)) : null;
        return status != null && status.getReasonPhrase().equalsIgnoreCase(description.trim());
    }

    static int order(String code) {
        return code.matches("\\d{3}") ? Integer.parseInt(code) : 1000;
    }

    /**
     * {@link Problem} as clients see it: Jackson leaves out its empty members ({@code instance} is never set,
     * {@code errors} only when fields are invalid); {@code detail} is never empty (see {@link Problem}).
     */
    static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem: branch on 'type', show 'title' and 'detail'")
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .format("uri")
                                .description("stable identifier of the kind of problem")
                                .examples(List.of(Problem.type("not-found").toString())))
                .addProperty(
                        "title",
                        OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .description("the same for every occurrence of the type")
                                .examples(List.of("资源不存在")))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(SchemaType.INTEGER)
                                .format("int32")
                                .description("the HTTP status")
                                .examples(List.of(404)))
                .addProperty(
                        "detail",
                        OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .description("what went wrong this time, in the language of Content-Language"))
                .addProperty(
                        "instance",
                        OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .format("uri")
                                .description("identifies this occurrence"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(SchemaType.ARRAY)
                                .description("the fields that are not valid (400 only)")
                                .items(OASFactory.createSchema().ref(FIELD_ERROR_SCHEMA)))
                .required(List.of("type", "title", "status", "detail"));
    }

    static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("One field of the request that is not valid")
                .addProperty(
                        "field",
                        OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .description("path of the field or name of the parameter")
                                .examples(List.of("authors[0].region")))
                .addProperty(
                        "message",
                        OASFactory.createSchema().addType(SchemaType.STRING).description("why it is not valid"))
                .required(List.of("field", "message"));
    }
}
