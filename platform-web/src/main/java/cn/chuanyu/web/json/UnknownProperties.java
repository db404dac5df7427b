package cn.chuanyu.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses unknown properties, all of them at once: each is noted (and its value skipped) while the body is read, and
 * the body is refused when its outermost value is complete, so a client learns every misspelt name in one answer rather
 * than one per attempt.
 */
final class UnknownProperties {

    private static final String NOTED = UnknownProperties.class.getName();

    private UnknownProperties() {}

    /** Notes an unknown property and skips its value. */
    static final class Collector extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(
                DeserializationContext context,
                JsonParser parser,
                JsonDeserializer<?> deserializer,
                Object beanOrClass,
                String propertyName)
                throws IOException {
            noted(context).add(new JsonRefusal.Fault(path(parser), "unknown-property"));
            parser.skipChildren();
            return true;
        }
    }

    /** Wraps the deserializers of objects and collections so that the outermost one refuses what was noted. */
    static final class RefuseAtTheEnd extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            return new Outermost(deserializer);
        }

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(
                DeserializationConfig config,
                CollectionType type,
                BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return new Outermost(deserializer);
        }
    }

    private static final class Outermost extends DelegatingDeserializer {
        Outermost(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Outermost(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (parser.getParsingContext().inRoot()) {
                List<JsonRefusal.Fault> noted = noted(context);
                if (!noted.isEmpty()) {
                    throw new JsonRefusal(parser, noted);
                }
            }
            return value;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<JsonRefusal.Fault> noted(DeserializationContext context) {
        List<JsonRefusal.Fault> noted = (List<JsonRefusal.Fault>) context.getAttribute(NOTED);
        if (noted == null) {
            noted = new ArrayList<>();
            context.setAttribute(NOTED, noted);
        }
        return noted;
    }

    /** The path of the property the parser is at, e.g. {@code authors[1].nmae}. */
    static String path(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        if (parser.hasToken(JsonToken.START_OBJECT) || parser.hasToken(JsonToken.START_ARRAY)) {
            context = context.getParent(); // the value's own context is open already
        }
        List<String> parts = new ArrayList<>();
        for (; context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                parts.add(0, "[" + context.getCurrentIndex() + "]");
            } else if (context.getCurrentName() != null) {
                parts.add(0, "." + context.getCurrentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }
}
