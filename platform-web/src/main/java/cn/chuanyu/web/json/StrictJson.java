package cn.chuanyu.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The rules of a request body: a value of the wrong JSON type is refused, never coerced (no number for a text, an enum
 * or a date; no text for a number or a boolean; no fraction into an integer; no null into a primitive; no array or
 * object where a single value is expected), numbers stay in their type's range, dates are ISO-8601 within 0001–9999,
 * texts are valid single-line Unicode (see {@link StrictStrings}) and unknown properties are refused, all of them
 * listed. Only request bodies are read so: events are read by tolerant readers ({@code platform-eventing} keeps
 * Quarkus's own mapper), and what the services write is unchanged.
 */
public final class StrictJson {

    private StrictJson() {}

    /** A strict copy of {@code base}: its modules and its way of writing kept, its way of reading tightened. */
    @SuppressWarnings("deprecation") // ALLOW_COERCION_OF_SCALARS: still honoured by the scalar deserializers
    public static ObjectMapper copyOf(ObjectMapper base) {
        ObjectMapper strict = base.copy();
        // the copy has a factory of its own: a name given twice in one object is ambiguous, not "the last one wins"
        strict.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        strict.enable(
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        strict.disable(
                DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
                DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
                DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
        // unknown properties: noted while reading, refused at the end (UnknownProperties), not at the first one
        strict.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        strict.addHandler(new UnknownProperties.Collector());
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            strict.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        for (LogicalType type : List.of(LogicalType.Enum, LogicalType.Textual, LogicalType.DateTime)) {
            strict.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        strict.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        SimpleModule rules = new SimpleModule("chuanyu-strict-request-json");
        rules.addDeserializer(String.class, StrictStrings.SINGLE_LINE);
        rules.addDeserializer(LocalDate.class, StrictDates.LOCAL_DATE);
        rules.addDeserializer(Instant.class, StrictDates.INSTANT);
        rules.addDeserializer(OffsetDateTime.class, StrictDates.OFFSET_DATE_TIME);
        rules.addDeserializer(LocalDateTime.class, StrictDates.LOCAL_DATE_TIME);
        rules.addDeserializer(LocalTime.class, StrictDates.LOCAL_TIME);
        rules.addDeserializer(UUID.class, StrictUuids.UUIDS);
        rules.setDeserializerModifier(new UnknownProperties.RefuseAtTheEnd());
        strict.registerModule(rules);
        strict.registerModule(new SimpleModule("chuanyu-strict-enums").setDeserializerModifier(new StrictEnums()));
        return strict;
    }
}
