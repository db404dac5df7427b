package cn.chuanyu.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents safe retries of creates (IETF httpapi {@code Idempotency-Key} draft): every POST whose success is 201 takes
 * an optional {@code Idempotency-Key} header and may answer 422 when the key is reused with another body. The
 * platform's idempotency filter does the work; this only tells clients.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class IdempotentCreatesFilter implements OASFilter {

    static final String HEADER = "Idempotency-Key";

    static final String HEADER_DESCRIPTION = "Makes this create safe to retry (IETF httpapi Idempotency-Key draft):"
            + " a unique key the client generates per create, e.g. a UUID. The same key with the same body within"
            + " 24 hours answers the first request's result again, without creating or announcing anything a second"
            + " time; the same key with another body is refused with 422. Without the header, every request creates.";

    static final String REUSED_KEY =
            "The Idempotency-Key was already used with another body (within 24 hours);" + " nothing was changed";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            Operation post = item.getPOST();
            if (post != null
                    && post.getResponses() != null
                    && post.getResponses().hasAPIResponse("201")) {
                document(post);
            }
        }
    }

    private static void document(Operation create) {
        boolean declared = create.getParameters() != null
                && create.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.HEADER && HEADER.equalsIgnoreCase(p.getName()));
        if (!declared) {
            create.addParameter(OASFactory.createParameter()
                    .name(HEADER)
                    .in(Parameter.In.HEADER)
                    .required(false)
                    .description(HEADER_DESCRIPTION)
                    .schema(OASFactory.createSchema()
                            .addType(SchemaType.STRING)
                            .minLength(1)
                            .maxLength(255)
                            .examples(List.of("8e03978e-40d5-43e8-bc93-6894a57f9324"))));
        }
        Map<String, APIResponse> all = new LinkedHashMap<>(create.getResponses().getAPIResponses());
        all.computeIfAbsent(
                "422",
                code -> OASFactory.createAPIResponse()
                        .description(REUSED_KEY)
                        .content(ProblemResponsesFilter.problemContent()));
        Map<String, APIResponse> sorted = new LinkedHashMap<>();
        all.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(ProblemResponsesFilter::order)))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        create.getResponses().setAPIResponses(sorted);
    }
}
