package cn.chuanyu.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field of an aggregate as a revision changed it; the values are JSON nodes (typed Object for OpenAPI). */
@Schema(description = "A field a change set: its value before and after, as JSON of the field's type")
public record FieldChange(
        @Schema(
                description = "the field, in camelCase (the column name of the aggregate's table)",
                example = "traineeName",
                required = true)
        String field,

        @Schema(
                description = "the value before the change, null when created or when it was empty: a string, "
                        + "number, boolean, array or object (instants in ISO 8601, dates as yyyy-MM-dd)",
                example = "张伟")
        Object before,

        @Schema(
                description = "the value after the change, null when deleted or emptied; same types as before",
                example = "张伟明")
        Object after) {}
