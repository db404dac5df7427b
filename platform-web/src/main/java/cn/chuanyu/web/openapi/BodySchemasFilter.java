package cn.chuanyu.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes the bodies' schemas say what the platform really does with them.
 *
 * <ul>
 *   <li>A schema a response uses lists every property as {@code required}: Jackson writes every property of a view,
 *       null ones included, so a generated client may rely on each being present (nullable ones say so with
 *       {@code type: [X, "null"]}). A schema that declares {@code required} itself (e.g. the Problem, whose empty
 *       members Jackson leaves out) keeps its own.
 *   <li>A schema only requests use keeps the {@code required} SmallRye derives from {@code @NotNull} and friends, and
 *       gets {@code additionalProperties: false}: the platform's JSON reader refuses unknown properties.
 * </ul>
 *
 * <p>Schemas are followed through {@code $ref}, properties, items, {@code additionalProperties} and
 * {@code allOf}/{@code anyOf}/{@code oneOf}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class BodySchemasFilter implements OASFilter {

    private static final String COMPONENT_PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Set<Schema> responses = reachable(openAPI, false);
        Set<Schema> requests = reachable(openAPI, true);
        for (Schema schema : responses) {
            if (hasProperties(schema)
                    && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
        for (Schema schema : requests) {
            if (hasProperties(schema)
                    && !responses.contains(schema)
                    && schema.getAdditionalPropertiesBoolean() == null
                    && schema.getAdditionalPropertiesSchema() == null) {
                schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
            }
        }
    }

    /** Every schema (by identity) reachable from the request bodies, or from the response bodies. */
    static Set<Schema> reachable(OpenAPI openAPI, boolean fromRequests) {
        Set<Schema> found = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, Schema> components =
                openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                        ? Map.of()
                        : openAPI.getComponents().getSchemas();
        Consumer<Content> walkContent = content -> {
            if (content != null && content.getMediaTypes() != null) {
                for (MediaType media : content.getMediaTypes().values()) {
                    walk(media.getSchema(), components, found);
                }
            }
        };
        forEachOperation(openAPI, operation -> {
            if (fromRequests) {
                if (operation.getRequestBody() != null) {
                    walkContent.accept(operation.getRequestBody().getContent());
                }
            } else if (operation.getResponses() != null
                    && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> walkContent.accept(r.getContent()));
            }
        });
        return found;
    }

    private static void walk(Schema schema, Map<String, Schema> components, Set<Schema> found) {
        if (schema == null || !found.add(schema)) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(COMPONENT_PREFIX)) {
            walk(components.get(schema.getRef().substring(COMPONENT_PREFIX.length())), components, found);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> walk(p, components, found));
        }
        walk(schema.getItems(), components, found);
        walk(schema.getAdditionalPropertiesSchema(), components, found);
        for (List<Schema> composed :
                List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()))) {
            composed.forEach(s -> walk(s, components, found));
        }
    }

    static void forEachOperation(OpenAPI openAPI, Consumer<Operation> action) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(action);
            }
        }
    }

    private static boolean hasProperties(Schema schema) {
        return schema.getProperties() != null && !schema.getProperties().isEmpty();
    }

    private static List<Schema> nonNull(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }
}
