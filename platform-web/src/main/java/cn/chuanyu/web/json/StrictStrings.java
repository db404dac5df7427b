package cn.chuanyu.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads a JSON string, and only a string (no number or boolean turned into text), as text PostgreSQL can store and a
 * screen can show: no NUL, no other C0 or C1 control character, no unpaired surrogate (a lone {@code "\ud800"}); tab,
 * line feed and carriage return only in a property marked {@link MultiLine}. Elements of a list are single-line.
 */
final class StrictStrings extends StdScalarDeserializer<String> implements ContextualDeserializer {

    static final StrictStrings SINGLE_LINE = new StrictStrings(false);
    private static final StrictStrings MULTI_LINE = new StrictStrings(true);

    private final boolean multiLine;

    private StrictStrings(boolean multiLine) {
        super(String.class);
        this.multiLine = multiLine;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        boolean multi = property != null
                && property.getType().hasRawClass(String.class)
                && property.getAnnotation(MultiLine.class) != null;
        return multi ? MULTI_LINE : SINGLE_LINE;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getText();
        String reason = fault(text, multiLine);
        if (reason != null) {
            throw new JsonRefusal(parser, reason);
        }
        return text;
    }

    /** Why the text is refused (a text key), or null. */
    static String fault(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++; // a pair: one character outside the BMP, e.g. an emoji
                    continue;
                }
                return "unpaired-surrogate";
            }
            if (Character.isLowSurrogate(c)) {
                return "unpaired-surrogate";
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                if (!multiLine) {
                    return "line-break";
                }
            } else if (c == 0) {
                return "nul";
            } else if (Character.isISOControl(c)) {
                return "control-character";
            }
        }
        return null;
    }
}
