package cn.chuanyu.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;

/**
 * An enum value is one of the document's constants exactly. Jackson, failing to find a name, tries it again trimmed
 * ({@code "SICHUAN "} read as {@code SICHUAN}): what the document's {@code enum} refuses, the reader refuses too.
 */
final class StrictEnums extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(
            DeserializationConfig config,
            JavaType type,
            BeanDescription description,
            JsonDeserializer<?> deserializer) {
        return new Exact(deserializer);
    }

    private static final class Exact extends DelegatingDeserializer {
        Exact(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Exact(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                if (!text.isEmpty() && !text.strip().equals(text)) {
                    throw new JsonRefusal(parser, "enum-value");
                }
            }
            return super.deserialize(parser, context);
        }
    }
}
