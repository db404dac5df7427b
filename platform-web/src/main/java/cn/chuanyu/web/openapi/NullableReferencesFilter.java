package cn.chuanyu.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Lets a {@code @Schema(nullable = true)} property that refers to another schema really be null. SmallRye writes such a
 * property as {@code anyOf: [{$ref}, {type: "null"}]} but keeps the referred schema's {@code type: object} beside it,
 * which refuses the null the {@code anyOf} allows (e.g. {@code CredentialVerification.certificate}); the type gets
 * {@code "null"} added, as SmallRye already does for strings ({@code type: [string, "null"]}).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class NullableReferencesFilter implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        List<Schema.SchemaType> type = schema.getType();
        if (anyOf != null
                && type != null
                && !type.isEmpty()
                && !type.contains(Schema.SchemaType.NULL)
                && anyOf.stream().anyMatch(NullableReferencesFilter::isNull)) {
            schema.addType(Schema.SchemaType.NULL);
        }
        return schema;
    }

    private static boolean isNull(Schema schema) {
        return schema != null
                && schema.getRef() == null
                && List.of(Schema.SchemaType.NULL).equals(schema.getType());
    }
}
